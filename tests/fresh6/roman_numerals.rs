use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Roman(u16);

#[derive(Debug, PartialEq, Eq)]
enum RomanError { Empty, BadChar(char, usize), OutOfRange(u32), NonCanonical(String) }

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RomanError::Empty => f.write_str("empty numeral"),
            RomanError::BadChar(c, i) => write!(f, "invalid character {:?} at {}", c, i),
            RomanError::OutOfRange(n) => write!(f, "{} is outside 1..=3999", n),
            RomanError::NonCanonical(s) => write!(f, "non-canonical form, expected {}", s),
        }
    }
}
impl std::error::Error for RomanError {}

const TABLE: [(u16, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn value(c: char) -> Option<u32> {
    Some(match c { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => return None })
}

impl TryFrom<u32> for Roman {
    type Error = RomanError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
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

impl FromStr for Roman {
    type Err = RomanError;
    fn from_str(src: &str) -> Result<Self, Self::Err> {
        let s = src.trim().to_uppercase();
        let vals: Vec<u32> = s.char_indices()
            .map(|(i, c)| value(c).ok_or(RomanError::BadChar(c, i)))
            .collect::<Result<_, _>>()?;
        let total = match vals.as_slice() {
            [] => return Err(RomanError::Empty),
            [only] => *only,
            [.., last] => {
                let body: u32 = vals.windows(2).map(|w| if w[0] < w[1] { 0u32.wrapping_sub(w[0]) } else { w[0] }).fold(0u32, |a, b| a.wrapping_add(b));
                body.wrapping_add(*last)
            }
        };
        let r = Roman::try_from(total)?;
        if r.to_string() != s {
            return Err(RomanError::NonCanonical(r.to_string()));
        }
        Ok(r)
    }
}

fn main() {
    for n in [1u32, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        match Roman::try_from(n) {
            Ok(r) => println!("{:>5} -> [{:<12}] [{:>12}]", n, r, r),
            Err(e) => println!("{:>5} -> error: {}", n, e),
        }
    }
    let inputs = ["XIV", "mcmxciv", " MMXXIV ", "IIII", "IC", "", "X1V", "MMMM", "V", "CDXLIV"];
    let mut parsed: Vec<Roman> = Vec::new();
    for s in inputs {
        match s.parse::<Roman>() {
            Ok(r) => { println!("{:>10?} = {}", s, r.0); parsed.push(r); }
            Err(e) => println!("{:>10?} ! {}", s, e),
        }
    }
    parsed.sort();
    parsed.dedup();
    let listed: Vec<String> = parsed.iter().map(|r| format!("{}({})", r, r.0)).collect();
    println!("sorted: {}", listed.join(" "));
    if let [first, .., last] = parsed.as_slice() {
        println!("range {} .. {} spans {}", first, last, last.0 - first.0);
    }
    let sum: u32 = parsed.iter().map(|r| r.0 as u32).sum();
    println!("sum = {} = {}", sum, Roman::try_from(sum).map(|r| r.to_string()).unwrap_or_else(|e| e.to_string()));
    let longest = (1..=3999u32).filter_map(|n| Roman::try_from(n).ok()).max_by_key(|r| (r.to_string().len(), r.0)).unwrap();
    println!("longest numeral <= 3999: {} = {} ({} chars)", longest, longest.0, longest.to_string().len());
}
