use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq)]
enum IsbnError {
    WrongLength(usize),
    InvalidChar { ch: char, index: usize },
    BadChecksum { sum: u32 },
}

impl fmt::Display for IsbnError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            IsbnError::WrongLength(n) => write!(f, "expected 10 digits, found {}", n),
            IsbnError::InvalidChar { ch, index } => write!(f, "invalid character {:?} at digit {}", ch, index),
            IsbnError::BadChecksum { sum } => write!(f, "checksum {} is not divisible by 11 (remainder {})", sum, sum % 11),
        }
    }
}

impl Error for IsbnError {}

fn digits(isbn: &str) -> Result<Vec<u32>, IsbnError> {
    let cleaned: Vec<char> = isbn.chars().filter(|&c| c != '-').collect();
    if cleaned.len() != 10 {
        return Err(IsbnError::WrongLength(cleaned.len()));
    }
    cleaned
        .iter()
        .enumerate()
        .map(|(i, &c)| match (i, c) {
            (9, 'X') => Ok(10),
            (_, c) => c.to_digit(10).ok_or(IsbnError::InvalidChar { ch: c, index: i }),
        })
        .collect()
}

fn validate(isbn: &str) -> Result<u32, IsbnError> {
    let ds = digits(isbn)?;
    let sum: u32 = ds.iter().zip((1..=10).rev()).map(|(d, w)| d * w).sum();
    if sum % 11 == 0 { Ok(sum) } else { Err(IsbnError::BadChecksum { sum }) }
}

fn to_isbn13(isbn: &str) -> Result<String, Box<dyn Error>> {
    validate(isbn)?;
    let ds = digits(isbn)?;
    let mut body: Vec<u32> = vec![9, 7, 8];
    body.extend_from_slice(&ds[..9]);
    let weighted: u32 = body.iter().enumerate().map(|(i, d)| if i % 2 == 0 { *d } else { d * 3 }).sum();
    let check = (10 - weighted % 10) % 10;
    let s: String = body.iter().chain(std::iter::once(&check)).map(|d| char::from_digit(*d, 10).unwrap()).collect();
    Ok(s)
}

fn check_digit_for(prefix: &str) -> Option<char> {
    let ds: Vec<u32> = prefix.chars().filter_map(|c| c.to_digit(10)).collect();
    if ds.len() != 9 {
        return None;
    }
    let sum: u32 = ds.iter().zip((2..=10).rev()).map(|(d, w)| d * w).sum();
    let check = (11 - sum % 11) % 11;
    if check == 10 { Some('X') } else { char::from_digit(check, 10) }
}

fn main() {
    let inputs = [
        "3-598-21508-8",
        "3-598-21508-9",
        "3-598-21507-X",
        "3-598-2X507-9",
        "3598215088",
        "359821507X",
        "3-598-21507",
        "3-598-21507-XX",
        "",
        "3-598-P1581-X",
        "00",
    ];
    for isbn in inputs {
        match validate(isbn) {
            Ok(sum) => println!("{:<16} valid   (sum {:>3})", isbn, sum),
            Err(e) => println!("{:<16} invalid: {}", isbn, e),
        }
    }

    let valid_count = inputs.iter().filter(|s| validate(s).is_ok()).count();
    let (good, bad): (Vec<&str>, Vec<&str>) = inputs.iter().partition(|s| validate(s).is_ok());
    println!("valid: {} -> {:?}", valid_count, good);
    println!("invalid: {}", bad.len());

    for isbn in ["3-598-21508-8", "0-306-40615-2", "3-598-21508-9"] {
        match to_isbn13(isbn) {
            Ok(s) => println!("ISBN-13 of {} = {}", isbn, s),
            Err(e) => println!("cannot convert {}: {}", isbn, e),
        }
    }

    for prefix in ["359821507", "030640615", "123456789", "12345"] {
        let check = check_digit_for(prefix);
        let full = check.map(|c| format!("{}{}", prefix, c));
        println!("check digit for {:>9}: {:?} -> {:?} valid={:?}", prefix, check, full, full.as_deref().map(|f| validate(f).is_ok()));
    }
    assert_eq!(validate("3-598-21508-8"), Ok(264));
    let as_dyn: Box<dyn Error> = Box::new(IsbnError::WrongLength(3));
    println!("boxed error: {}", as_dyn);
}
