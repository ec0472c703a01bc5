use std::fmt;

#[derive(Debug, PartialEq)]
enum DecodeError {
    MissingChar(usize),
    BadCount(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DecodeError::MissingChar(pos) => write!(f, "count without character at position {pos}"),
            DecodeError::BadCount(s) => write!(f, "invalid count '{s}'"),
        }
    }
}

impl std::error::Error for DecodeError {}

impl From<std::num::ParseIntError> for DecodeError {
    fn from(e: std::num::ParseIntError) -> Self {
        DecodeError::BadCount(e.to_string())
    }
}

fn encode(input: &str) -> String {
    let mut out = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        let mut count = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            count += 1;
        }
        if count > 1 {
            out.push_str(&count.to_string());
        }
        out.push(c);
    }
    out
}

fn decode(input: &str) -> Result<String, DecodeError> {
    let mut out = String::new();
    let mut digits = String::new();
    for c in input.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            let n: usize = if digits.is_empty() { 1 } else { digits.parse()? };
            out.extend(std::iter::repeat(c).take(n));
            digits.clear();
        }
    }
    if !digits.is_empty() {
        return Err(DecodeError::MissingChar(input.len()));
    }
    Ok(out)
}

fn runs(input: &str) -> Vec<(char, usize)> {
    input.chars().fold(Vec::new(), |mut acc: Vec<(char, usize)>, c| {
        match acc.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => acc.push((c, 1)),
        }
        acc
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let samples = [
        "",
        "XYZ",
        "AABBBCCCC",
        "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB",
        "  hsqq qww  ",
        "aabbbcccc",
    ];
    for s in samples.iter() {
        let enc = encode(s);
        let dec = decode(&enc)?;
        let ratio = if s.is_empty() { 1.0 } else { enc.len() as f64 / s.len() as f64 };
        println!("{:<55} => {:<20} ratio {:6.3} roundtrip={}", format!("{:?}", s), enc, ratio, dec == *s);
    }

    println!("\nRuns of \"aaabccddddde\":");
    for (i, (c, n)) in runs("aaabccddddde").iter().enumerate() {
        println!("  run {i:02}: '{c}' x {n:<3} {}", "#".repeat(*n));
    }

    let bad_inputs = ["3", "12A3", "99999999999999999999999X"];
    for b in bad_inputs {
        match decode(b) {
            Ok(s) => println!("decode({b:?}) = ok, {} chars", s.len()),
            Err(e) => println!("decode({b:?}) failed: {e}"),
        }
    }

    let total: usize = samples.iter().map(|s| encode(s).len()).sum();
    let original: usize = samples.iter().map(|s| s.len()).sum();
    println!("\nTotal original {original}, encoded {total}, saved {}", original as i64 - total as i64);
    Ok(())
}
