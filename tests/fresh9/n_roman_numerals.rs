use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Roman(u16);

#[derive(Debug, PartialEq)]
enum RomanError { OutOfRange(i64), InvalidChar(char, usize), NonCanonical(String), Empty }

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{n} is out of range 1..=3999"),
            RomanError::InvalidChar(c, i) => write!(f, "invalid char {c:?} at {i}"),
            RomanError::NonCanonical(s) => write!(f, "{s} is not canonical"),
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
        match n {
            1..=3999 => Ok(Roman(n as u16)),
            _ => Err(RomanError::OutOfRange(n)),
        }
    }
}

impl From<Roman> for u16 { fn from(r: Roman) -> u16 { r.0 } }

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = self.0;
        let mut s = String::with_capacity(16);
        for &(v, sym) in TABLE.iter() {
            while n >= v { s.push_str(sym); n -= v; }
        }
        if f.alternate() { s = s.to_lowercase(); }
        f.pad(&s)
    }
}

fn value(c: char) -> Option<u16> {
    Some(match c.to_ascii_uppercase() { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => return None })
}

impl FromStr for Roman {
    type Err = RomanError;
    fn from_str(s: &str) -> Result<Self, RomanError> {
        if s.is_empty() { return Err(RomanError::Empty); }
        let vals: Vec<u16> = s.char_indices()
            .map(|(i, c)| value(c).ok_or(RomanError::InvalidChar(c, i)))
            .collect::<Result<_, _>>()?;
        let mut total: i64 = 0;
        let mut iter = vals.iter().peekable();
        while let Some(&v) = iter.next() {
            match iter.peek() {
                Some(&&next) if next > v => total -= v as i64,
                _ => total += v as i64,
            }
        }
        let r = Roman::try_from(total)?;
        if r.to_string() != s.to_ascii_uppercase() { return Err(RomanError::NonCanonical(s.to_string())); }
        Ok(r)
    }
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = Roman::try_from(n).unwrap();
        println!("{:>5} -> {:<12}|{:#>12}|{:^12}|", n, r, r, format!("{r:#}"));
    }
    for bad in [0i64, -5, 4000] {
        println!("{bad}: {}", Roman::try_from(bad).unwrap_err());
    }
    let inputs = ["MCMXCIV", "mmxxiv", "IIII", "IC", "XLII", "", "MMXZ", "CDXLIV"];
    for s in inputs {
        match s.parse::<Roman>() {
            Ok(r) => println!("{s:>8} => {}", u16::from(r)),
            Err(e) => println!("{s:>8} => error: {e}"),
        }
    }
    let mut parsed: Vec<Roman> = "XII III MM XL IX C".split(' ').filter_map(|s| s.parse().ok()).collect();
    parsed.sort();
    let shown: Vec<String> = parsed.iter().map(Roman::to_string).collect();
    println!("sorted: {}", shown.join(" < "));
    let total: u32 = parsed.iter().map(|&r| u16::from(r) as u32).sum();
    println!("sum = {} = {}", total, Roman::try_from(total as i64).map(|r| r.to_string()).unwrap_or_default());
    let longest = (1..=3999).map(|n| Roman(n)).max_by_key(|r| (r.to_string().len(), std::cmp::Reverse(r.0))).unwrap();
    println!("longest numeral below 4000: {} ({} chars, {})", longest, longest.to_string().len(), longest.0);
    let roundtrip = (1..=3999i64).all(|n| Roman::try_from(n).unwrap().to_string().parse::<Roman>() == Ok(Roman(n as u16)));
    println!("roundtrip ok: {roundtrip}");
}
