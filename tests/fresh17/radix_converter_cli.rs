use std::num::{IntErrorKind, ParseIntError};

fn to_radix(mut n: u64, radix: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while n > 0 {
        let d = (n % radix as u64) as u32;
        digits.push(char::from_digit(d, radix).unwrap());
        n /= radix as u64;
    }
    digits.iter().rev().collect()
}

fn parse_prefixed(input: &str) -> Result<i64, ParseIntError> {
    let s = input.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let cleaned = body.replace('_', "");
    let (radix, digits) = if let Some(h) = cleaned.strip_prefix("0x").or_else(|| cleaned.strip_prefix("0X")) {
        (16, h.to_string())
    } else if let Some(b) = cleaned.strip_prefix("0b") {
        (2, b.to_string())
    } else if let Some(o) = cleaned.strip_prefix("0o") {
        (8, o.to_string())
    } else {
        (10, cleaned.clone())
    };
    let signed = if neg { format!("-{}", digits) } else { digits };
    i64::from_str_radix(&signed, radix)
}

fn kind_name(e: &ParseIntError) -> &'static str {
    match e.kind() {
        IntErrorKind::Empty => "empty",
        IntErrorKind::InvalidDigit => "invalid digit",
        IntErrorKind::PosOverflow => "too large",
        IntErrorKind::NegOverflow => "too small",
        IntErrorKind::Zero => "zero",
        _ => "other",
    }
}

fn digit_sum(s: &str, radix: u32) -> Option<u32> {
    s.chars().map(|c| c.to_digit(radix)).sum()
}

fn main() {
    let inputs = ["255", "0xff", "0b1010_1010", "-0o777", "+42", "0x", "12a", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "0XDEAD_BEEF", "", "  -17  "];
    println!("{:<24} {:>22} {:>18} {:>12}", "input", "decimal", "hex", "octal");
    for inp in inputs {
        match parse_prefixed(inp) {
            Ok(v) => println!("{:<24} {:>22} {:>18} {:>12}", format!("{:?}", inp), v, format!("{:#x}", v), format!("{:o}", v)),
            Err(e) => println!("{:<24} error: {} ({})", format!("{:?}", inp), e, kind_name(&e)),
        }
    }
    println!();
    let n: u64 = 3_735_928_559;
    for radix in [2u32, 3, 7, 8, 12, 16, 20, 36] {
        let s = to_radix(n, radix);
        let back = u64::from_str_radix(&s, radix).unwrap();
        println!("base {:>2}: {:>34} roundtrip={} digitsum={:?}", radix, s, back == n, digit_sum(&s, radix));
    }
    println!("digit_sum(\"19z\", 10) = {:?}", digit_sum("19z", 10));
    println!("to_digit: {:?} {:?} {:?} {:?}", 'z'.to_digit(36), 'Z'.to_digit(36), '9'.to_digit(8), 'g'.to_digit(16));
    println!("from_digit: {:?} {:?} {:?}", char::from_digit(11, 16), char::from_digit(35, 36), char::from_digit(10, 10));
    let small: Result<u8, _> = "256".parse::<u8>();
    let neg: Result<u32, _> = "-1".parse::<u32>();
    let ok: Result<i8, _> = "-128".parse::<i8>();
    println!("u8 256 -> {:?}\nu32 -1 -> {:?}\ni8 -128 -> {:?}", small, neg, ok);
    let total: Result<i32, ParseIntError> = "10 20 30 40".split(' ').map(str::parse::<i32>).sum();
    let bad: Result<Vec<i32>, ParseIntError> = "1,2,x,4".split(',').map(|s| s.parse()).collect();
    println!("sum={:?} bad={:?}", total, bad.map_err(|e| e.to_string()));
    println!("{:>#12b}|{:<#12o}|{:^#12X}|{:#012x}", 77, 77, 77, 77);
    println!("{:b} {:x} {:o}", -5i8, -1i16, -8i32);
}
