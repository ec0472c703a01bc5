use std::fmt;

#[derive(Debug, PartialEq, Clone, Copy)]
struct Run {
    byte: u8,
    len: u8,
}

#[derive(Debug)]
enum DecodeError {
    Truncated(usize),
    ZeroLength(usize),
    NotDigit(char),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DecodeError::Truncated(at) => write!(f, "input truncated at byte {}", at),
            DecodeError::ZeroLength(at) => write!(f, "zero-length run at byte {}", at),
            DecodeError::NotDigit(c) => write!(f, "expected digit, found {:?}", c),
        }
    }
}

fn encode_runs(data: &[u8]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for &b in data {
        match runs.last_mut() {
            Some(r) if r.byte == b && r.len < u8::MAX => r.len += 1,
            _ => runs.push(Run { byte: b, len: 1 }),
        }
    }
    runs
}

fn to_bytes(runs: &[Run]) -> Vec<u8> {
    runs.iter().flat_map(|r| [r.len, r.byte]).collect()
}

fn decode_bytes(bytes: &[u8]) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::new();
    for (i, pair) in bytes.chunks(2).enumerate() {
        let [len, byte] = pair else {
            return Err(DecodeError::Truncated(i * 2));
        };
        if *len == 0 {
            return Err(DecodeError::ZeroLength(i * 2));
        }
        out.extend(std::iter::repeat(*byte).take(*len as usize));
    }
    Ok(out)
}

fn encode_text(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.next_if_eq(&c).is_some() {
            n += 1;
        }
        if n > 1 {
            out += &n.to_string();
        }
        out.push(c);
    }
    out
}

fn decode_text(s: &str) -> Result<String, DecodeError> {
    let mut out = String::with_capacity(s.len());
    let mut count = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = if count.is_empty() { 1 } else { count.parse().map_err(|_| DecodeError::NotDigit(c))? };
            out.extend(std::iter::repeat(c).take(n));
            count.clear();
        }
    }
    if let Some(c) = count.chars().last() {
        return Err(DecodeError::NotDigit(c));
    }
    Ok(out)
}

fn main() {
    let samples: [&[u8]; 4] = [b"aaabccddddde", b"", b"zzzzzzzzzzzzzzzzzzzz", &[0, 0, 1, 1, 1, 255]];
    for s in samples.iter() {
        let runs = encode_runs(s);
        let bytes = to_bytes(&runs);
        let back = decode_bytes(&bytes).unwrap();
        let ratio = if s.is_empty() { 0.0 } else { bytes.len() as f64 / s.len() as f64 };
        println!("{:>2} bytes -> {:>2} runs ({:.2}x) ok={} {:?}", s.len(), runs.len(), ratio, back == *s, bytes);
    }
    let long: Vec<u8> = std::iter::repeat(7u8).take(300).chain([8, 8]).collect();
    let runs = encode_runs(&long);
    println!("long: {:?}", runs);

    for bad in [&[3u8, 65, 2][..], &[0, 66], &[1, 67, 2, 68]] {
        match decode_bytes(bad) {
            Ok(v) => println!("decoded {:?}", String::from_utf8_lossy(&v)),
            Err(e) => println!("error: {}", e),
        }
    }

    let texts = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", "héééllo"];
    for t in texts {
        let enc = encode_text(t);
        let dec = decode_text(&enc).expect("roundtrip");
        println!("{:<30} {} [{}]", enc, dec.len(), if dec == t { "same" } else { "DIFF" });
    }
    for bad in ["3a2", "12x4"] {
        println!("{:?} -> {}", bad, decode_text(bad).map_or_else(|e| e.to_string(), |s| s));
    }
}
