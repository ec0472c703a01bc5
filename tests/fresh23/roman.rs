use std::fmt;
use std::str::FromStr;

const NUMERALS: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Roman(u32);

#[derive(Debug)]
enum RomanError {
    OutOfRange(u32),
    InvalidChar(char),
    NonCanonical(String),
}

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{n} is out of range 1..=3999"),
            RomanError::InvalidChar(c) => write!(f, "invalid roman digit '{c}'"),
            RomanError::NonCanonical(s) => write!(f, "'{s}' is not in canonical form"),
        }
    }
}

impl std::error::Error for RomanError {}

impl TryFrom<u32> for Roman {
    type Error = RomanError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        if (1..=3999).contains(&n) { Ok(Roman(n)) } else { Err(RomanError::OutOfRange(n)) }
    }
}

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut n = self.0;
        let mut s = String::new();
        for &(value, sym) in NUMERALS.iter() {
            while n >= value {
                s.push_str(sym);
                n -= value;
            }
        }
        f.pad(&s)
    }
}

fn digit_value(c: char) -> Result<u32, RomanError> {
    Ok(match c {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50,
        'C' => 100, 'D' => 500, 'M' => 1000,
        other => return Err(RomanError::InvalidChar(other)),
    })
}

impl FromStr for Roman {
    type Err = RomanError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let values = s.chars().map(digit_value).collect::<Result<Vec<u32>, _>>()?;
        let mut total = 0u32;
        for (i, &v) in values.iter().enumerate() {
            match values.get(i + 1) {
                Some(&next) if next > v => total = total.wrapping_sub(v),
                _ => total = total.wrapping_add(v),
            }
        }
        let r = Roman::try_from(total)?;
        if r.to_string() != s {
            return Err(RomanError::NonCanonical(s.to_string()));
        }
        Ok(r)
    }
}

fn main() {
    let numbers = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999];
    for n in numbers {
        let r = Roman::try_from(n).expect("in range");
        println!("{:>5} => {:<12}|", n, r);
    }

    for n in [0u32, 4000] {
        match Roman::try_from(n) {
            Ok(r) => println!("{n} -> {r}"),
            Err(e) => println!("error: {e}"),
        }
    }

    let inputs = ["MCMXCIV", "XLII", "IIII", "MMXXV", "ABC", "IC", "MMMCMXCIX"];
    for s in inputs {
        match s.parse::<Roman>() {
            Ok(r) => println!("{s:>10} parses to {:>5} (hex {:#x}, bin {:b})", r.0, r.0, r.0),
            Err(e) => println!("{s:>10} rejected: {e}"),
        }
    }

    let mut parsed: Vec<Roman> = ["X", "III", "L", "IX", "C"].iter().filter_map(|s| s.parse().ok()).collect();
    parsed.sort();
    let listing: Vec<String> = parsed.iter().map(|r| format!("{r}={}", r.0)).collect();
    println!("sorted: {}", listing.join(" < "));
    let sum: u32 = parsed.iter().map(|r| r.0).sum();
    println!("sum = {} = {}", sum, Roman(sum));

    let roundtrip_ok = (1..=3999).all(|n| Roman(n).to_string().parse::<Roman>().map(|r| r.0).ok() == Some(n));
    println!("roundtrip 1..=3999 ok: {roundtrip_ok}");
}
