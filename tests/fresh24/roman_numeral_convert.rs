use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Roman(u16);

#[derive(Debug, PartialEq)]
enum RomanError {
    OutOfRange(i64),
    BadChar(char, usize),
    NotCanonical { input: String, canonical: String },
    Empty,
}

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{} is out of range 1..=3999", n),
            RomanError::BadChar(c, i) => write!(f, "bad char {:?} at {}", c, i),
            RomanError::NotCanonical { input, canonical } => write!(f, "{} should be written {}", input, canonical),
            RomanError::Empty => write!(f, "empty input"),
        }
    }
}

const TABLE: [(u16, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

impl TryFrom<i64> for Roman {
    type Error = RomanError;
    fn try_from(n: i64) -> Result<Self, Self::Error> {
        if (1..=3999).contains(&n) { Ok(Roman(n as u16)) } else { Err(RomanError::OutOfRange(n)) }
    }
}

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = self.0;
        let mut s = String::new();
        for &(v, sym) in TABLE.iter() {
            while n >= v {
                s.push_str(sym);
                n -= v;
            }
        }
        f.pad(&s)
    }
}

fn value(c: char) -> Option<u16> {
    Some(match c.to_ascii_uppercase() {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000,
        _ => return None,
    })
}

impl FromStr for Roman {
    type Err = RomanError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() {
            return Err(RomanError::Empty);
        }
        let vals = s
            .chars()
            .enumerate()
            .map(|(i, c)| value(c).ok_or(RomanError::BadChar(c, i)))
            .collect::<Result<Vec<u16>, _>>()?;
        let mut total: i64 = 0;
        let mut it = vals.iter().peekable();
        while let Some(&v) = it.next() {
            match it.peek() {
                Some(&&next) if next > v => total -= v as i64,
                _ => total += v as i64,
            }
        }
        let r = Roman::try_from(total)?;
        let canonical = r.to_string();
        if canonical != s.to_ascii_uppercase() {
            return Err(RomanError::NotCanonical { input: s.to_string(), canonical });
        }
        Ok(r)
    }
}

fn main() {
    for n in [1i64, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -7] {
        match Roman::try_from(n) {
            Ok(r) => println!("{:>5} => [{:<12}] [{:>12}]", n, r, r),
            Err(e) => println!("{:>5} => error: {}", n, e),
        }
    }
    let inputs = ["MCMXCIV", "mmxxiv", "IIII", "IC", "XLII", "", "MXQ", "CDXLIV", "MMMM"];
    let mut parsed: Vec<Roman> = Vec::new();
    for s in inputs {
        match s.parse::<Roman>() {
            Ok(r) => {
                println!("{:>8} -> {}", s, r.0);
                parsed.push(r);
            }
            Err(e) => println!("{:>8} -> {} ({:?})", s, e, e),
        }
    }
    parsed.sort();
    println!("sorted: {:?}", parsed);
    let sum: u16 = parsed.iter().map(|r| r.0).sum();
    println!("sum = {} = {}", sum, Roman::try_from(sum as i64).map(|r| r.to_string()).unwrap_or_default());
    let max = parsed.iter().max().unwrap();
    println!("max {} has {} symbols", max, max.to_string().len());
}
