use std::error::Error;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    Letters,
    Punctuation(char),
    WrongLength(usize),
    BadCountryCode(char),
    AreaCode(&'static str),
    ExchangeCode(&'static str),
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Letters => write!(f, "letters not permitted"),
            Self::Punctuation(c) => write!(f, "punctuation {c:?} not permitted"),
            Self::WrongLength(n) => write!(f, "must be 10 or 11 digits, got {n}"),
            Self::BadCountryCode(c) => write!(f, "country code must be 1, got {c}"),
            Self::AreaCode(why) => write!(f, "area code cannot start with {why}"),
            Self::ExchangeCode(why) => write!(f, "exchange code cannot start with {why}"),
        }
    }
}

impl Error for PhoneError {}

fn word_for(d: u8) -> &'static str {
    match d {
        b'0' => "zero",
        _ => "one",
    }
}

pub fn number(user_number: &str) -> Result<String, PhoneError> {
    if user_number.chars().any(char::is_alphabetic) {
        return Err(PhoneError::Letters);
    }
    if let Some(c) = user_number.chars().find(|c| !c.is_ascii_digit() && !" +-().".contains(*c)) {
        return Err(PhoneError::Punctuation(c));
    }
    let digits: String = user_number.chars().filter(char::is_ascii_digit).collect();
    let local = match digits.len() {
        10 => digits.as_str(),
        11 => match digits.strip_prefix('1') {
            Some(rest) => rest,
            None => return Err(PhoneError::BadCountryCode(digits.chars().next().unwrap())),
        },
        n => return Err(PhoneError::WrongLength(n)),
    };
    let bytes = local.as_bytes();
    if bytes[0] < b'2' {
        return Err(PhoneError::AreaCode(word_for(bytes[0])));
    }
    if bytes[3] < b'2' {
        return Err(PhoneError::ExchangeCode(word_for(bytes[3])));
    }
    Ok(local.to_string())
}

fn pretty(user_number: &str) -> Result<String, Box<dyn Error>> {
    let n = number(user_number)?;
    let area: u32 = n[..3].parse()?;
    Ok(format!("({area}) {}-{}", &n[3..6], &n[6..]))
}

fn main() {
    let inputs = [
        "(223) 456-7890", "223.456.7890", "223 456   7890   ", "123456789", "22234567890",
        "12234567890", "+1 (223) 456-7890", "321234567890", "523-abc-7890", "523-@:!-7890",
        "(023) 456-7890", "(123) 456-7890", "(223) 056-7890", "(223) 156-7890", "1 (023) 456-7890",
    ];
    let mut valid = Vec::new();
    for input in inputs {
        match pretty(input) {
            Ok(p) => {
                println!("{input:<22} ok   {p}");
                valid.push(p);
            }
            Err(e) => println!("{input:<22} err  {e}"),
        }
    }
    valid.sort();
    valid.dedup();
    println!("distinct valid numbers: {valid:?}");
}
