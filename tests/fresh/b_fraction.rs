use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Div, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fraction {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Fraction {
    fn new(num: i64, den: i64) -> Fraction {
        if den == 0 {
            panic!("denominator must not be zero ({}/{})", num, den);
        }
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Fraction { num: sign * num / g, den: sign * den / g }
    }

    fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    fn recip(self) -> Fraction {
        Fraction::new(self.den, self.num)
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl Add for Fraction {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Fraction::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }
}

impl Sub for Fraction {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Fraction::new(self.num * o.den - o.num * self.den, self.den * o.den)
    }
}

impl Mul for Fraction {
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        Fraction::new(self.num * o.num, self.den * o.den)
    }
}

impl Div for Fraction {
    type Output = Self;
    fn div(self, o: Self) -> Self {
        self * o.recip()
    }
}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.num * other.den).cmp(&(other.num * self.den))
    }
}

impl From<i64> for Fraction {
    fn from(n: i64) -> Self {
        Fraction::new(n, 1)
    }
}

fn main() {
    let a = Fraction::new(1, 2);
    let b = Fraction::new(3, -4);
    let c = Fraction::new(10, 15);
    println!("a={} b={} c={} (debug {:?})", a, b, c, c);
    println!("a+b={} a-b={} a*b={} a/b={}", a + b, a - b, a * b, a / b);
    println!("a+c={} as f64 {:.5}", a + c, (a + c).to_f64());
    let harmonic = (1..=10).map(|n| Fraction::new(1, n)).fold(Fraction::from(0), |acc, x| acc + x);
    println!("H(10) = {} ~ {:.6}", harmonic, harmonic.to_f64());
    let mut v = vec![Fraction::new(2, 3), Fraction::new(-1, 5), Fraction::new(7, 8), Fraction::new(5, 8), Fraction::from(1), Fraction::new(4, 6)];
    v.sort();
    v.dedup();
    println!("sorted: {}", v.iter().map(|f| f.to_string()).collect::<Vec<_>>().join(" < "));
    println!("max {:?} min {}", v.iter().max(), v.iter().min().unwrap());
    println!("2/3 > 5/8: {}, 2/4 == 1/2: {}", Fraction::new(2, 3) > Fraction::new(5, 8), Fraction::new(2, 4) == a);
    let zero = a - a;
    println!("a - a = {}", zero);
    println!("now dividing by zero...");
    let boom = a / zero;
    println!("unreachable {}", boom);
}
