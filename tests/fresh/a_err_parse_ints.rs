// Parsing numbers from user input: parse::<i32>() errors, IntErrorKind, collect into Result, sum with checked_add.
use std::num::{IntErrorKind, ParseIntError};

fn describe(e: &ParseIntError) -> &'static str {
    match e.kind() {
        IntErrorKind::Empty => "empty",
        IntErrorKind::InvalidDigit => "invalid digit",
        IntErrorKind::PosOverflow => "too large",
        IntErrorKind::NegOverflow => "too small",
        _ => "other",
    }
}

fn parse_all(s: &str) -> Result<Vec<i32>, ParseIntError> {
    s.split(',').map(|t| t.trim().parse::<i32>()).collect()
}

fn checked_total(v: &[i32]) -> Option<i32> {
    v.iter().try_fold(0i32, |acc, &x| acc.checked_add(x))
}

fn parse_with_radix(s: &str) -> Result<i64, String> {
    let s = s.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (radix, digits) = if let Some(h) = body.strip_prefix("0x") {
        (16, h)
    } else if let Some(b) = body.strip_prefix("0b") {
        (2, b)
    } else if let Some(o) = body.strip_prefix("0o") {
        (8, o)
    } else {
        (10, body)
    };
    let v = i64::from_str_radix(&digits.replace('_', ""), radix).map_err(|e| format!("{:?}: {}", s, e))?;
    Ok(if neg { -v } else { v })
}

fn main() {
    let inputs = ["42", "-17", "  8 ", "", "12a", "2147483648", "-2147483649", "+5", "3.0", "٣"];
    for inp in inputs.iter() {
        match inp.trim().parse::<i32>() {
            Ok(n) => println!("{:>14} -> Ok({})", format!("{:?}", inp), n),
            Err(e) => println!("{:>14} -> Err({}: {})", format!("{:?}", inp), describe(&e), e),
        }
    }
    for line in ["1, 2, 3, 4", "10, x, 30", "2000000000, 2000000000", "-5,5,-5,5"] {
        match parse_all(line) {
            Ok(v) => match checked_total(&v) {
                Some(t) => println!("{:<26} total {}", line, t),
                None => println!("{:<26} overflow (wide total {})", line, v.iter().map(|&x| x as i64).sum::<i64>()),
            },
            Err(e) => println!("{:<26} parse error: {}", line, e),
        }
    }
    let good: Vec<i32> = inputs.iter().filter_map(|s| s.trim().parse().ok()).collect();
    println!("valid numbers: {:?}", good);
    let (oks, errs): (Vec<_>, Vec<_>) = inputs.iter().map(|s| s.parse::<u8>()).partition(|r| r.is_ok());
    println!("as u8: {} ok, {} errors", oks.len(), errs.len());
    for s in ["0xff", "-0b1010", "0o777", "1_000_000", "0xzz"] {
        println!("{:<10} => {:?}", s, parse_with_radix(s));
    }
    let fallback = "oops".parse::<i32>().unwrap_or_default() + "7".parse::<i32>().unwrap_or(0);
    println!("fallback sum = {}", fallback);
}
