use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Run { ch: char, len: usize }

#[derive(Debug, PartialEq)]
enum DecodeError { MissingChar(usize), BadCount(String), ZeroCount(usize) }

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DecodeError::MissingChar(p) => write!(f, "count without character at byte {}", p),
            DecodeError::BadCount(s) => write!(f, "bad count '{}'", s),
            DecodeError::ZeroCount(p) => write!(f, "zero-length run at byte {}", p),
        }
    }
}

fn runs(s: &str) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for c in s.chars() {
        match out.last_mut() {
            Some(r) if r.ch == c => r.len += 1,
            _ => out.push(Run { ch: c, len: 1 }),
        }
    }
    out
}

fn encode(s: &str) -> String {
    runs(s).iter().map(|r| if r.len == 1 { r.ch.to_string() } else { format!("{}{}", r.len, r.ch) }).collect()
}

fn decode(s: &str) -> Result<String, DecodeError> {
    let mut out = String::new();
    let mut digits = String::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            if digits.is_empty() { start = i; }
            digits.push(c);
            continue;
        }
        let n = if digits.is_empty() { 1 } else {
            digits.parse::<usize>().map_err(|_| DecodeError::BadCount(digits.clone()))?
        };
        if n == 0 { return Err(DecodeError::ZeroCount(start)); }
        out.extend(std::iter::repeat(c).take(n));
        digits.clear();
    }
    if !digits.is_empty() { return Err(DecodeError::MissingChar(start)); }
    Ok(out)
}

fn encode_bytes(data: &[u8]) -> Vec<(u8, u8)> {
    let mut out = Vec::new();
    let mut iter = data.iter().peekable();
    while let Some(&b) = iter.next() {
        let mut n: u8 = 1;
        while n < 255 && iter.peek() == Some(&&b) { iter.next(); n += 1; }
        out.push((n, b));
    }
    out
}

fn main() {
    let samples = ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "héééllo wörld!!", "aabbaa"];
    for s in samples {
        let e = encode(s);
        let d = decode(&e);
        let ratio = if s.is_empty() { 1.0 } else { e.chars().count() as f64 / s.chars().count() as f64 };
        println!("{:<18} -> {:<16} ratio {:.2} roundtrip {}", format!("{:?}", s), e, ratio, d.as_deref() == Ok(s));
    }
    println!("runs of 'aaab': {:?}", runs("aaab"));
    for bad in ["3a2", "0x", "99999999999999999999999b", "4q1r"] {
        match decode(bad) {
            Ok(s) => println!("decode {:?} = {:?}", bad, s),
            Err(e) => println!("decode {:?} failed: {} / {:?}", bad, e, e),
        }
    }
    let bytes: Vec<u8> = std::iter::repeat(7u8).take(300).chain([1, 1, 2]).collect();
    let enc = encode_bytes(&bytes);
    println!("byte runs: {:?}", enc);
    let total: usize = enc.iter().map(|&(n, _)| n as usize).sum();
    println!("decoded byte length: {}", total);
    let longest = runs("xxyyyyzzz").into_iter().max_by_key(|r| r.len);
    println!("longest run: {:#?}", longest);
}
