// Fixed-point money arithmetic with overflow detection.
use std::fmt;
use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Fixed(i64); // 4 decimal places

const SCALE: i64 = 10_000;

impl Fixed {
    fn from_parts(whole: i64, frac: i64) -> Fixed {
        let sign = if whole < 0 { -1 } else { 1 };
        Fixed(whole * SCALE + sign * frac)
    }
    fn parse(s: &str) -> Option<Fixed> {
        let neg = s.starts_with('-');
        let body = s.trim_start_matches('-');
        let (w, f) = body.split_once('.').unwrap_or((body, ""));
        if f.len() > 4 {
            return None;
        }
        let whole: i64 = w.parse().ok()?;
        let frac: i64 = format!("{:0<4}", f).parse().ok()?;
        let v = whole.checked_mul(SCALE)?.checked_add(frac)?;
        Some(Fixed(if neg { -v } else { v }))
    }
    fn checked_mul(self, other: Fixed) -> Option<Fixed> {
        let p = (self.0 as i128) * (other.0 as i128) / SCALE as i128;
        i64::try_from(p).ok().map(Fixed)
    }
    fn round_to(self, places: u32) -> Fixed {
        let step = 10i64.pow(4 - places);
        let half = step / 2;
        let r = if self.0 >= 0 { (self.0 + half) / step } else { (self.0 - half) / step };
        Fixed(r * step)
    }
}

impl Add for Fixed {
    type Output = Fixed;
    fn add(self, o: Fixed) -> Fixed { Fixed(self.0 + o.0) }
}
impl Sub for Fixed {
    type Output = Fixed;
    fn sub(self, o: Fixed) -> Fixed { Fixed(self.0 - o.0) }
}
impl Mul for Fixed {
    type Output = Fixed;
    fn mul(self, o: Fixed) -> Fixed { self.checked_mul(o).expect("fixed overflow") }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{}{}.{:04}", sign, a / SCALE as u64, a % SCALE as u64)
    }
}

fn factorial_checked(n: u64) -> Option<u64> {
    (1..=n).try_fold(1u64, |acc, k| acc.checked_mul(k))
}

fn main() {
    let prices: Vec<Fixed> = ["19.99", "0.5", "-3.25", "1234.0001", "7"].iter().filter_map(|s| Fixed::parse(s)).collect();
    for p in &prices {
        println!("{:>12} raw={}", p.to_string(), p.0);
    }
    println!("bad parse: {:?} {:?}", Fixed::parse("1.23456"), Fixed::parse("abc"));
    let total = prices.iter().fold(Fixed(0), |a, &b| a + b);
    println!("total = {}", total);
    let rate = Fixed::parse("0.0825").unwrap();
    let tax = (total * rate).round_to(2);
    println!("tax = {} -> grand = {}", tax, total + tax);
    println!("neg round: {}", Fixed::parse("-2.3456").unwrap().round_to(2));
    println!("from_parts: {} {}", Fixed::from_parts(-5, 2500), Fixed::from_parts(3, 1));
    println!("max price: {:?}", prices.iter().max());
    let big = Fixed(i64::MAX / 2);
    println!("big*2 = {:?}", big.checked_mul(Fixed(2 * SCALE)).map(|f| f.to_string()));
    println!("big*3 = {:?}", big.checked_mul(Fixed(3 * SCALE)));
    for n in [5u64, 20, 21, 25] {
        match factorial_checked(n) {
            Some(v) => println!("{}! = {}", n, v),
            None => println!("{}! overflows u64", n),
        }
    }
    let x: u64 = 4_000_000_000;
    println!("{:?} {:?} {} {:?}", x.checked_mul(x), x.checked_mul(4), x.wrapping_mul(x), x.overflowing_mul(x * 2));
    println!("{} {}", x.saturating_mul(x), 200u8.saturating_add(100));
}
