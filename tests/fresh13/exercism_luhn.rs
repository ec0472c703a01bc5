use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Luhn {
    digits: Vec<u32>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum LuhnError {
    TooShort,
    BadChar(char),
}

impl fmt::Display for LuhnError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LuhnError::TooShort => f.write_str("need at least two digits"),
            LuhnError::BadChar(c) => write!(f, "invalid character {c:?}"),
        }
    }
}

impl FromStr for Luhn {
    type Err = LuhnError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_digit(10).ok_or(LuhnError::BadChar(c)))
            .collect::<Result<Vec<_>, _>>()?;
        if digits.len() < 2 {
            return Err(LuhnError::TooShort);
        }
        Ok(Luhn { digits })
    }
}

impl Luhn {
    fn checksum(&self) -> u32 {
        self.digits
            .iter()
            .rev()
            .enumerate()
            .map(|(i, &d)| if i % 2 == 1 { let dd = d * 2; if dd > 9 { dd - 9 } else { dd } } else { d })
            .sum()
    }
    pub fn is_valid(&self) -> bool {
        self.checksum() % 10 == 0
    }
}

pub fn is_valid(code: &str) -> bool {
    code.parse::<Luhn>().is_ok_and(|l| l.is_valid())
}

fn check_digit(partial: &str) -> Option<u32> {
    (0..10).find(|d| is_valid(&format!("{partial}{d}")))
}

fn main() {
    let codes = [
        "1", "0", "059", "59", "055 444 285", "055 444 286", "8273 1232 7352 0569",
        "1 2345 6789 1234 5678 9012", "055-444-285", "055# 444$ 285", " 0", "0000 0",
        "091", "9999999999 9999999999 9999999999 9999999999", "109", "055b 444 285",
    ];
    for code in codes {
        match code.parse::<Luhn>() {
            Ok(l) => println!("{code:<48} sum={:<4} valid={}", l.checksum(), l.is_valid()),
            Err(e) => println!("{code:<48} error: {e}"),
        }
    }
    for partial in ["7992739871", "4539 3195 0343 670", "12"] {
        println!("check digit for {partial:?}: {:?}", check_digit(partial));
    }
}
