use std::fmt;

#[derive(Debug, PartialEq)]
enum RomanError {
    OutOfRange(u32),
    InvalidChar(char, usize),
    NonCanonical { input: String, canonical: String },
    Empty,
}

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{} is out of range 1..=3999", n),
            RomanError::InvalidChar(c, i) => write!(f, "invalid character {:?} at position {}", c, i),
            RomanError::NonCanonical { input, canonical } => {
                write!(f, "{} is not canonical (expected {})", input, canonical)
            }
            RomanError::Empty => f.write_str("empty input"),
        }
    }
}

impl std::error::Error for RomanError {}

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> Result<String, RomanError> {
    if n == 0 || n > 3999 {
        return Err(RomanError::OutOfRange(n));
    }
    let mut s = String::new();
    for &(value, sym) in TABLE.iter() {
        let count = n / value;
        s.push_str(&sym.repeat(count as usize));
        n %= value;
    }
    Ok(s)
}

fn from_roman(s: &str) -> Result<u32, Box<dyn std::error::Error>> {
    let s = s.trim().to_uppercase();
    if s.is_empty() {
        return Err(Box::new(RomanError::Empty));
    }
    let values: Vec<u32> = s
        .chars()
        .enumerate()
        .map(|(i, c)| match c {
            'I' => Ok(1), 'V' => Ok(5), 'X' => Ok(10), 'L' => Ok(50),
            'C' => Ok(100), 'D' => Ok(500), 'M' => Ok(1000),
            _ => Err(RomanError::InvalidChar(c, i)),
        })
        .collect::<Result<_, _>>()?;
    let mut total = 0u32;
    for (i, &v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|&next| next > v) {
            total = total.wrapping_sub(v);
        } else {
            total = total.wrapping_add(v);
        }
    }
    let canonical = to_roman(total)?;
    if canonical != s {
        return Err(Box::new(RomanError::NonCanonical { input: s, canonical }));
    }
    Ok(total)
}

fn main() {
    for n in [1u32, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        match to_roman(n) {
            Ok(r) => println!("{:>5} -> {:<15}|{:>2} chars", n, r, r.len()),
            Err(e) => println!("{:>5} -> error: {}", n, e),
        }
    }
    let inputs = ["XIV", "mcmxciv", "IIII", "IC", "MMXXIV", "XLII ", "ABC", "", "MMMCMXCIX", "VX"];
    let mut failures = 0;
    for inp in inputs {
        match from_roman(inp) {
            Ok(v) => println!("{:<12} = {}", format!("{:?}", inp), v),
            Err(e) => {
                failures += 1;
                println!("{:<12} ! {}", format!("{:?}", inp), e);
            }
        }
    }
    let sum: u32 = ["X", "XX", "XXX"].iter().filter_map(|s| from_roman(s).ok()).sum();
    println!("X+XX+XXX = {} = {}", sum, to_roman(sum).unwrap());
    let roundtrip_ok = (1..=3999).all(|n| from_roman(&to_roman(n).unwrap()).ok() == Some(n));
    println!("roundtrip 1..=3999: {}", roundtrip_ok);
    let longest = (1..=3999).max_by_key(|&n| (to_roman(n).unwrap().len(), n)).unwrap();
    println!("longest numeral: {} = {}", longest, to_roman(longest).unwrap());
    println!("{} inputs failed", failures);
    if failures > 0 {
        eprintln!("exiting with failure count");
        std::process::exit(failures);
    }
}
