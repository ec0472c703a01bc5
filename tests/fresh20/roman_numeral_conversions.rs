use std::cmp::Ordering;
use std::convert::TryFrom;
use std::error::Error;
use std::fmt;
use std::iter::Sum;
use std::ops::Add;
use std::str::FromStr;

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Roman(u16);

#[derive(Debug, PartialEq)]
enum RomanError {
    OutOfRange(u32),
    BadChar(char, usize),
    NonCanonical(String),
}

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{} is outside 1..=3999", n),
            RomanError::BadChar(c, i) => write!(f, "invalid numeral {:?} at position {}", c, i),
            RomanError::NonCanonical(s) => write!(f, "{} is not in canonical form", s),
        }
    }
}

impl Error for RomanError {}

impl TryFrom<u32> for Roman {
    type Error = RomanError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        if (1..=3999).contains(&n) { Ok(Roman(n as u16)) } else { Err(RomanError::OutOfRange(n)) }
    }
}

impl From<Roman> for u32 {
    fn from(r: Roman) -> u32 {
        r.0 as u32
    }
}

impl FromStr for Roman {
    type Err = RomanError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_uppercase();
        let vals: Vec<u32> = s
            .char_indices()
            .map(|(i, c)| match c {
                'I' => Ok(1), 'V' => Ok(5), 'X' => Ok(10), 'L' => Ok(50),
                'C' => Ok(100), 'D' => Ok(500), 'M' => Ok(1000),
                other => Err(RomanError::BadChar(other, i)),
            })
            .collect::<Result<_, _>>()?;
        let mut total = 0i64;
        let mut it = vals.iter().peekable();
        while let Some(&v) = it.next() {
            match it.peek() {
                Some(&&nxt) if nxt > v => total -= v as i64,
                _ => total += v as i64,
            }
        }
        let r = Roman::try_from(u32::try_from(total).map_err(|_| RomanError::OutOfRange(0))?)?;
        if r.to_string() != s {
            return Err(RomanError::NonCanonical(s));
        }
        Ok(r)
    }
}

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = self.0 as u32;
        let mut out = String::new();
        for &(v, sym) in TABLE.iter() {
            while n >= v {
                out.push_str(sym);
                n -= v;
            }
        }
        f.pad(&out)
    }
}

impl PartialOrd for Roman {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Roman {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

impl Add for Roman {
    type Output = Result<Roman, RomanError>;
    fn add(self, o: Roman) -> Self::Output {
        Roman::try_from(u32::from(self) + u32::from(o))
    }
}

impl<'a> Sum<&'a Roman> for u32 {
    fn sum<I: Iterator<Item = &'a Roman>>(iter: I) -> u32 {
        iter.map(|&r| u32::from(r)).sum()
    }
}

fn main() {
    for n in [1u32, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = Roman::try_from(n).unwrap();
        println!("{:>5} => {:<12}|{:>12}|", n, r, r);
    }
    for bad in [0u32, 4000] {
        println!("try_from({}) -> {}", bad, Roman::try_from(bad).unwrap_err());
    }
    let inputs = ["mcmxcix", "XLII", "IIII", "MMXZ", "IC", "  cdxliv "];
    for s in inputs {
        match s.parse::<Roman>() {
            Ok(r) => println!("parse {:<11} = {:>4} ({})", format!("{:?}", s), u32::from(r), r),
            Err(e) => println!("parse {:<11} error: {}", format!("{:?}", s), e),
        }
    }
    let mut romans: Vec<Roman> = ["XC", "IX", "MM", "L", "CD", "III"].iter().filter_map(|s| s.parse().ok()).collect();
    romans.sort();
    println!("sorted: {}", romans.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(" < "));
    println!("max = {}, sum = {}", romans.iter().max().unwrap(), romans.iter().sum::<u32>());
    println!("MM + MCM = {:?}", Roman(2000) + Roman(1900));
    println!("X + V = {}", (Roman(10) + Roman(5)).map(|r| r.to_string()).unwrap_or_default());
    let cmp: Vec<Ordering> = romans.windows(2).map(|w| w[1].cmp(&w[0])).collect();
    println!("windows all greater: {}", cmp.iter().all(|o| *o == Ordering::Greater));
}
