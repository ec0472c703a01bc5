use std::cmp::Ordering;
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Ratio {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Ratio {
    fn new(num: i64, den: i64) -> Ratio {
        assert!(den != 0, "zero denominator");
        let g = gcd(num, den).max(1);
        let s = if den < 0 { -1 } else { 1 };
        Ratio { num: s * num / g, den: s * den / g }
    }
    fn recip(self) -> Ratio { Ratio::new(self.den, self.num) }
    fn floor(self) -> i64 { self.num.div_euclid(self.den) }
    fn to_f64(self) -> f64 { self.num as f64 / self.den as f64 }
}

impl From<i64> for Ratio {
    fn from(n: i64) -> Ratio { Ratio { num: n, den: 1 } }
}

#[derive(Debug, PartialEq)]
enum ParseRatioError {
    Empty,
    BadPart(String),
    ZeroDen,
}

impl FromStr for Ratio {
    type Err = ParseRatioError;
    fn from_str(s: &str) -> Result<Ratio, ParseRatioError> {
        let s = s.trim();
        if s.is_empty() { return Err(ParseRatioError::Empty); }
        let (n, d) = s.split_once('/').unwrap_or((s, "1"));
        let n: i64 = n.trim().parse().map_err(|_| ParseRatioError::BadPart(n.to_string()))?;
        let d: i64 = d.trim().parse().map_err(|_| ParseRatioError::BadPart(d.to_string()))?;
        if d == 0 { return Err(ParseRatioError::ZeroDen); }
        Ok(Ratio::new(n, d))
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = if self.den == 1 { format!("{}", self.num) } else { format!("{}/{}", self.num, self.den) };
        f.pad(&s)
    }
}

impl Add for Ratio { type Output = Ratio; fn add(self, o: Ratio) -> Ratio { Ratio::new(self.num * o.den + o.num * self.den, self.den * o.den) } }
impl Sub for Ratio { type Output = Ratio; fn sub(self, o: Ratio) -> Ratio { self + (-o) } }
impl Mul for Ratio { type Output = Ratio; fn mul(self, o: Ratio) -> Ratio { Ratio::new(self.num * o.num, self.den * o.den) } }
impl Div for Ratio { type Output = Ratio; fn div(self, o: Ratio) -> Ratio { self * o.recip() } }
impl Neg for Ratio { type Output = Ratio; fn neg(self) -> Ratio { Ratio { num: -self.num, den: self.den } } }
impl AddAssign for Ratio { fn add_assign(&mut self, o: Ratio) { *self = *self + o; } }

impl PartialOrd for Ratio {
    fn partial_cmp(&self, o: &Ratio) -> Option<Ordering> { Some(self.cmp(o)) }
}
impl Ord for Ratio {
    fn cmp(&self, o: &Ratio) -> Ordering { (self.num * o.den).cmp(&(o.num * self.den)) }
}

impl Sum for Ratio {
    fn sum<I: Iterator<Item = Ratio>>(iter: I) -> Ratio { iter.fold(Ratio::from(0), |a, b| a + b) }
}
impl<'a> Sum<&'a Ratio> for Ratio {
    fn sum<I: Iterator<Item = &'a Ratio>>(iter: I) -> Ratio { iter.copied().sum() }
}

fn continued_fraction(r: Ratio) -> Vec<i64> {
    let mut cur = Some(r);
    std::iter::from_fn(move || {
        let x = cur?;
        let a = x.floor();
        let frac = x - Ratio::from(a);
        cur = if frac.num == 0 { None } else { Some(frac.recip()) };
        Some(a)
    })
    .collect()
}

fn egyptian(mut r: Ratio) -> Vec<Ratio> {
    let mut out = Vec::new();
    while r.num > 0 {
        let d = (r.den + r.num - 1) / r.num;
        let unit = Ratio::new(1, d);
        out.push(unit);
        r = r - unit;
    }
    out
}

fn main() {
    let inputs = ["3/4", " -6/8 ", "5", "7/-21", "1/0", "x/2", "", "355/113"];
    let mut vals: Vec<Ratio> = Vec::new();
    for s in inputs {
        match s.parse::<Ratio>() {
            Ok(r) => { println!("{:>10} -> [{:^9}] ~ {:.5}", format!("{:?}", s), r, r.to_f64()); vals.push(r); }
            Err(e) => println!("{:>10} -> error {:?}", format!("{:?}", s), e),
        }
    }
    let total: Ratio = vals.iter().sum();
    println!("sum = {}", total);
    let prod = vals.iter().fold(Ratio::from(1), |a, &b| a * b);
    println!("product = {}", prod);
    vals.sort();
    println!("sorted: {}", vals.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(" < "));
    println!("max = {}, min = {}", vals.iter().max().unwrap(), vals.iter().min().unwrap());
    let mut h = Ratio::from(0);
    for k in 1..=10 {
        h += Ratio::new(1, k);
    }
    println!("H(10) = {} ({:.6})", h, h.to_f64());
    println!("cf(355/113) = {:?}", continued_fraction(Ratio::new(355, 113)));
    println!("cf(-17/5) = {:?}", continued_fraction(Ratio::new(-17, 5)));
    let eg = egyptian(Ratio::new(7, 15));
    println!("7/15 = {}", eg.iter().map(|r| format!("{}", r)).collect::<Vec<_>>().join(" + "));
    let check: Ratio = eg.into_iter().sum();
    println!("check = {}, div = {}, neg = {}", check, Ratio::new(2, 3) / Ratio::new(-4, 9), -Ratio::new(5, 10));
    println!("{:<8}|{:>8}|", Ratio::new(1, 3), Ratio::new(22, 7));
}
