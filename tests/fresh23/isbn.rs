use std::fmt;

#[derive(Debug, PartialEq)]
enum IsbnError {
    WrongLength(usize),
    InvalidChar(char, usize),
    BadChecksum(u32),
}

impl fmt::Display for IsbnError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            IsbnError::WrongLength(n) => write!(f, "expected 10 digits, found {n}"),
            IsbnError::InvalidChar(c, i) => write!(f, "invalid character {c:?} at index {i}"),
            IsbnError::BadChecksum(sum) => write!(f, "checksum {sum} is not divisible by 11 (rem {})", sum % 11),
        }
    }
}

impl std::error::Error for IsbnError {}

fn digits(isbn: &str) -> Result<Vec<u32>, IsbnError> {
    let cleaned: Vec<char> = isbn.chars().filter(|&c| c != '-').collect();
    if cleaned.len() != 10 {
        return Err(IsbnError::WrongLength(cleaned.len()));
    }
    cleaned
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            'X' if i == 9 => Ok(10),
            d if d.is_ascii_digit() => Ok(d.to_digit(10).unwrap()),
            other => Err(IsbnError::InvalidChar(other, i)),
        })
        .collect()
}

fn validate(isbn: &str) -> Result<(), IsbnError> {
    let ds = digits(isbn)?;
    let sum: u32 = ds.iter().zip((1..=10).rev()).map(|(d, w)| d * w).sum();
    if sum % 11 == 0 { Ok(()) } else { Err(IsbnError::BadChecksum(sum)) }
}

fn is_valid_isbn(isbn: &str) -> bool {
    validate(isbn).is_ok()
}

fn to_isbn13(isbn: &str) -> Option<String> {
    let ds = digits(isbn).ok().filter(|_| is_valid_isbn(isbn))?;
    let mut body: Vec<u32> = vec![9, 7, 8];
    body.extend_from_slice(&ds[..9]);
    let weighted: u32 = body
        .iter()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { *d } else { d * 3 })
        .sum();
    let check = (10 - weighted % 10) % 10;
    body.push(check);
    Some(body.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect())
}

fn complete_check_digit(partial: &str) -> Option<char> {
    let ds: Vec<u32> = partial.chars().filter_map(|c| c.to_digit(10)).collect();
    if ds.len() != 9 {
        return None;
    }
    let sum: u32 = ds.iter().zip((2..=10).rev()).map(|(d, w)| d * w).sum();
    match (11 - sum % 11) % 11 {
        10 => Some('X'),
        n => char::from_digit(n, 10),
    }
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
        "3-598-P1581-X",
        "",
        "0-306-40615-2",
    ];
    println!("{:<16} {:<6} {:<15} detail", "input", "valid", "isbn13");
    for s in inputs {
        let v = validate(s);
        let detail = match &v {
            Ok(()) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        let isbn13 = to_isbn13(s).unwrap_or_else(|| "-".into());
        println!("{:<16} {:<6} {:<15} {}", format!("{s:?}"), v.is_ok(), isbn13, detail);
    }

    println!("\nCompleting check digits:");
    for partial in ["3-598-21508", "3-598-21507", "0-306-40615", "12345"] {
        let check = complete_check_digit(partial);
        match check {
            Some(c) => {
                let full = format!("{partial}-{c}");
                println!("  {partial:<12} -> {full:<14} valid={}", is_valid_isbn(&full));
            }
            None => println!("  {partial:<12} -> cannot complete"),
        }
    }
    let valid_count = inputs.iter().filter(|s| is_valid_isbn(s)).count();
    println!("\n{valid_count} of {} inputs valid ({:.1}%)", inputs.len(), 100.0 * valid_count as f64 / inputs.len() as f64);
}
