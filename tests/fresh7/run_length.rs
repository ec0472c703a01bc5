use std::fmt;
use std::iter;

#[derive(Debug, PartialEq)]
enum DecodeError {
    MissingChar { position: usize },
    BadCount(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DecodeError::MissingChar { position } => write!(f, "count without character at {}", position),
            DecodeError::BadCount(msg) => write!(f, "bad count: {}", msg),
        }
    }
}

impl std::error::Error for DecodeError {}

fn runs(s: &str) -> impl Iterator<Item = (char, usize)> + '_ {
    let mut chars = s.chars().peekable();
    iter::from_fn(move || {
        let c = chars.next()?;
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        Some((c, n))
    })
}

fn encode(s: &str) -> String {
    runs(s)
        .map(|(c, n)| if n == 1 { c.to_string() } else { format!("{}{}", n, c) })
        .collect()
}

struct Decoder<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Decoder<'a> {
    fn take_digits(&mut self) -> &'a str {
        let rest = &self.input[self.pos..];
        let len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let (digits, _) = rest.split_at(len);
        self.pos += len;
        digits
    }

    fn decode(mut self) -> Result<String, DecodeError> {
        let mut out = String::new();
        while self.pos < self.input.len() {
            let digits = self.take_digits();
            let count = if digits.is_empty() {
                1
            } else {
                digits.parse::<u8>().map_err(|e| DecodeError::BadCount(format!("{:?}: {}", digits, e)))? as usize
            };
            let c = self.input[self.pos..]
                .chars()
                .next()
                .ok_or(DecodeError::MissingChar { position: self.pos })?;
            self.pos += c.len_utf8();
            out.extend(iter::repeat(c).take(count));
        }
        Ok(out)
    }
}

fn decode(s: &str) -> Result<String, DecodeError> {
    Decoder { input: s, pos: 0 }.decode()
}

fn main() {
    let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "AABCCCDEEEE", "", "  hsqq qww  ", "ééé→→x"];
    for s in samples {
        let runs_list: Vec<(char, usize)> = runs(s).collect();
        let enc = encode(s);
        let dec = decode(&enc);
        println!("input {:?}", s);
        println!("  runs: {:?}", runs_list);
        println!("  encoded: {:?} ({} -> {} bytes)", enc, s.len(), enc.len());
        println!("  roundtrip ok: {}", dec.as_deref() == Ok(s));
        let ratio = if s.is_empty() { 0.0 } else { enc.len() as f64 / s.len() as f64 };
        println!("  ratio: {:.3} / {:e}", ratio, ratio);
    }

    let bad_inputs = ["12", "3a300b", "2x4"];
    for b in bad_inputs {
        match decode(b) {
            Ok(v) => println!("decode({:?}) = {:?}", b, v),
            Err(e) => println!("decode({:?}) failed: {} / {:?}", b, e, e),
        }
    }

    let longest = runs("aabbbbbccdddddddde").max_by_key(|&(_, n)| n);
    println!("longest run: {:?}", longest);
    let total: usize = runs("aabbbbbccdddddddde").map(|(_, n)| n).sum();
    println!("total chars: {}", total);
    assert_eq!(decode("3a2b1c").unwrap(), "aaabbc");
    println!("done");
}
