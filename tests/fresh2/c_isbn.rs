#[derive(Debug, PartialEq)]
enum IsbnError {
    WrongLength(usize),
    InvalidChar { ch: char, pos: usize },
    BadChecksum(u32),
}

fn validate(isbn: &str) -> Result<(), IsbnError> {
    let chars: Vec<char> = isbn.chars().filter(|&c| c != '-').collect();
    if chars.len() != 10 {
        return Err(IsbnError::WrongLength(chars.len()));
    }
    let mut sum = 0;
    for (pos, &ch) in chars.iter().enumerate() {
        let value = match (pos, ch) {
            (9, 'X') => 10,
            (_, d @ '0'..='9') => d.to_digit(10).unwrap(),
            _ => return Err(IsbnError::InvalidChar { ch, pos }),
        };
        sum += value * (10 - pos as u32);
    }
    if sum % 11 == 0 { Ok(()) } else { Err(IsbnError::BadChecksum(sum % 11)) }
}

pub fn is_valid_isbn(isbn: &str) -> bool {
    validate(isbn).is_ok()
}

fn to_isbn13(isbn10: &str) -> Option<String> {
    validate(isbn10).ok()?;
    let digits: String = isbn10.chars().filter(|c| c.is_ascii_digit()).take(9).collect();
    let body = format!("978{digits}");
    let weighted: u32 = body
        .chars()
        .map(|c| c.to_digit(10).unwrap())
        .zip([1, 3].iter().cycle())
        .map(|(d, w)| d * w)
        .sum();
    let check = (10 - weighted % 10) % 10;
    Some(format!("{body}{check}"))
}

fn main() {
    let inputs = [
        "3-598-21508-8",
        "3-598-21508-9",
        "3-598-21507-X",
        "3-598-21507-A",
        "4-598-21507-B",
        "3-598-P1581-X",
        "3-598-2X507-9",
        "3598215088",
        "359821507X",
        "359821507",
        "3598215078X",
        "00",
        "3-598-21507",
        "3132P34035",
        "3-598-21515-X",
        "",
        "134456729",
        "3132P34035",
        "98245726788",
    ];
    let mut valid = 0;
    for isbn in inputs.iter() {
        match validate(isbn) {
            Ok(()) => {
                valid += 1;
                println!("{isbn:<16} valid   isbn13={}", to_isbn13(isbn).unwrap());
            }
            Err(IsbnError::InvalidChar { ch, pos }) => {
                println!("{isbn:<16} invalid char {ch:?} at {pos}")
            }
            Err(e) => println!("{isbn:<16} {e:?}"),
        }
    }
    println!("{valid} of {} valid", inputs.len());
    assert!(is_valid_isbn("3-598-21508-8"));
    assert_eq!(validate("3-598-21508-9"), Err(IsbnError::BadChecksum(1)));
    println!("checks passed");
}
