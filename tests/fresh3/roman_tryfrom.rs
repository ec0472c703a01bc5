use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Roman(u16);

#[derive(Debug, PartialEq)]
enum RomanError { OutOfRange(i64), InvalidChar(char), NonCanonical { input: String, canonical: String }, Empty }

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{} is outside 1..=3999", n),
            RomanError::InvalidChar(c) => write!(f, "'{}' is not a roman digit", c),
            RomanError::NonCanonical { input, canonical } => write!(f, "{} should be written {}", input, canonical),
            RomanError::Empty => write!(f, "empty numeral"),
        }
    }
}

impl std::error::Error for RomanError {}

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

impl From<Roman> for u16 { fn from(r: Roman) -> u16 { r.0 } }

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = self.0;
        let mut s = String::new();
        for &(v, sym) in TABLE.iter() {
            while n >= v {
                s += sym;
                n -= v;
            }
        }
        f.pad(&s)
    }
}

impl FromStr for Roman {
    type Err = RomanError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() { return Err(RomanError::Empty); }
        let vals = s
            .chars()
            .map(|c| match c.to_ascii_uppercase() {
                'I' => Ok(1), 'V' => Ok(5), 'X' => Ok(10), 'L' => Ok(50),
                'C' => Ok(100), 'D' => Ok(500), 'M' => Ok(1000),
                other => Err(RomanError::InvalidChar(other)),
            })
            .collect::<Result<Vec<i64>, _>>()?;
        let mut total = 0i64;
        for (i, &v) in vals.iter().enumerate() {
            match vals.get(i + 1) {
                Some(&next) if next > v => total -= v,
                _ => total += v,
            }
        }
        let r = Roman::try_from(total)?;
        let canonical = r.to_string();
        if canonical != s.to_ascii_uppercase() {
            return Err(RomanError::NonCanonical { input: s.to_string(), canonical });
        }
        Ok(r)
    }
}

fn add(a: &str, b: &str) -> Result<Roman, Box<dyn std::error::Error>> {
    let x: Roman = a.parse()?;
    let y: Roman = b.parse()?;
    let sum = u16::from(x) as i64 + u16::from(y) as i64;
    Ok(Roman::try_from(sum)?)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5] {
        match Roman::try_from(n) {
            Ok(r) => println!("{:>5} -> [{:<12}]", n, r),
            Err(e) => println!("{:>5} -> error: {}", n, e),
        }
    }
    for s in ["MCMXCIV", "mmxxiv", "IIII", "IC", "ABC", "", "MMMM", "XLII"] {
        let parsed: Result<Roman, _> = s.parse();
        println!("{:<8} => {:?}", s, parsed.as_ref().map(|r| r.0));
        if let Err(e) = parsed {
            println!("         {}", e);
        }
    }
    for (a, b) in [("XL", "II"), ("MMM", "M"), ("X", "Q"), ("CD", "CD")] {
        match add(a, b) {
            Ok(r) => println!("{a} + {b} = {r} ({})", r.0),
            Err(e) => println!("{a} + {b} failed: {e}"),
        }
    }
    let mut rs: Vec<Roman> = ["X", "III", "MD", "XC", "IV"].iter().filter_map(|s| s.parse().ok()).collect();
    rs.sort();
    println!("{}", rs.iter().map(|r| format!("{r:^6}|")).collect::<String>());
    let small: Result<u8, _> = u8::try_from(300i32);
    let neg: Result<u32, _> = u32::try_from(-1i64);
    let ok: Result<i8, _> = i8::try_from(-128i64);
    println!("{:?} {:?} {:?}", small.map_err(|e| e.to_string()), neg.is_err(), ok);
    let c: Result<char, _> = char::try_from(0x41u32);
    println!("{:?} {:?}", c, char::try_from(0xD800u32).map_err(|e| e.to_string()));
}
