use std::convert::TryFrom;
use std::fmt;

#[derive(Debug, PartialEq)]
enum IsbnError {
    WrongLength(usize),
    BadChar(char),
    BadCheck { sum: u32 },
}

impl fmt::Display for IsbnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IsbnError::WrongLength(n) => write!(f, "expected 10 digits, got {}", n),
            IsbnError::BadChar(c) => write!(f, "unexpected character {:?}", c),
            IsbnError::BadCheck { sum } => write!(f, "checksum {} is not divisible by 11", sum),
        }
    }
}

#[derive(Debug)]
struct Isbn10([u8; 10]);

impl TryFrom<&str> for Isbn10 {
    type Error = IsbnError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let chars: Vec<char> = s.chars().filter(|&c| c != '-').collect();
        if chars.len() != 10 {
            return Err(IsbnError::WrongLength(chars.len()));
        }
        let mut digits = [0u8; 10];
        for (i, &c) in chars.iter().enumerate() {
            digits[i] = match c {
                '0'..='9' => c as u8 - b'0',
                'X' if i == 9 => 10,
                other => return Err(IsbnError::BadChar(other)),
            };
        }
        let sum: u32 = digits.iter().zip((1..=10).rev()).map(|(&d, w)| d as u32 * w).sum();
        if sum % 11 != 0 {
            return Err(IsbnError::BadCheck { sum });
        }
        Ok(Isbn10(digits))
    }
}

impl Isbn10 {
    fn to_isbn13(&self) -> String {
        let mut digits: Vec<u32> = vec![9, 7, 8];
        digits.extend(self.0[..9].iter().map(|&d| d as u32));
        let sum: u32 = digits.iter().enumerate().map(|(i, d)| if i % 2 == 0 { *d } else { d * 3 }).sum();
        let check = (10 - sum % 10) % 10;
        digits.push(check);
        digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect()
    }
}

fn main() {
    let inputs = ["3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-21507-A", "3-598-P1581-X",
                  "3-598-2X507-9", "3598215088", "359821507X", "359821507", "3-598-21507-XX", "", "3132P34035", "00"];
    for s in inputs {
        match Isbn10::try_from(s) {
            Ok(isbn) => println!("{:<16} valid   -> ISBN-13 {}", s, isbn.to_isbn13()),
            Err(e) => println!("{:<16} invalid: {}", s, e),
        }
    }
    let r: Result<Isbn10, _> = "0-306-40615-2".try_into();
    println!("{:?}", r.map(|i| i.0.iter().map(|d| d.to_string()).collect::<Vec<_>>().concat()));
    assert_eq!(Isbn10::try_from("12").unwrap_err(), IsbnError::WrongLength(2));
}
