use std::fmt::{self, Display};
use std::str::FromStr;

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

pub struct Roman(u32);

impl Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = self.0;
        let mut out = String::new();
        for &(value, symbol) in TABLE.iter() {
            while n >= value {
                out.push_str(symbol);
                n -= value;
            }
        }
        f.pad(&out)
    }
}

impl From<u32> for Roman {
    fn from(num: u32) -> Self {
        Roman(num)
    }
}

#[derive(Debug)]
pub enum ParseRomanError {
    Empty,
    BadChar(char, usize),
    NotCanonical(String),
}

fn value_of(c: char) -> Option<u32> {
    Some(match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => return None,
    })
}

impl FromStr for Roman {
    type Err = ParseRomanError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() {
            return Err(ParseRomanError::Empty);
        }
        let values = s
            .char_indices()
            .map(|(i, c)| value_of(c).ok_or(ParseRomanError::BadChar(c, i)))
            .collect::<Result<Vec<u32>, _>>()?;
        let mut total = 0;
        for (i, &v) in values.iter().enumerate() {
            match values.get(i + 1) {
                Some(&next) if next > v => total -= v as i64,
                _ => total += v as i64,
            }
        }
        let total = total as u32;
        // round trip to reject things like "IIII" or "VX"
        let canonical = Roman(total).to_string();
        if canonical != s {
            return Err(ParseRomanError::NotCanonical(canonical));
        }
        Ok(Roman(total))
    }
}

fn main() {
    for n in [1, 2, 3, 4, 5, 6, 9, 16, 27, 48, 49, 59, 93, 141, 163, 402, 575, 911, 1024, 1666, 1990, 2024, 3000, 3999] {
        println!("{n:>5} = {:<12}|", Roman::from(n));
    }
    println!("right aligned: [{:>10}]", Roman(14));
    println!("centered:      [{:^10}]", Roman(14));

    for s in ["XIV", "MCMXC", "MMXXIV", "", "XIZ", "IIII", "VX", "IC", "MMMCMXCIX"] {
        match s.parse::<Roman>() {
            Ok(Roman(n)) => println!("{s:?} -> {n}"),
            Err(ParseRomanError::NotCanonical(c)) => println!("{s:?} -> not canonical (did you mean {c}?)"),
            Err(e) => println!("{s:?} -> error {e:?}"),
        }
    }

    let sum: u32 = ["XII", "IX", "CD", "nope"].iter().filter_map(|s| s.parse::<Roman>().ok()).map(|r| r.0).sum();
    println!("sum of valid numerals = {} = {}", sum, Roman(sum));
}
