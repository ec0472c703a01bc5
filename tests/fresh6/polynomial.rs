use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Poly {
    coef: Vec<i64>,
}

impl Poly {
    fn new(mut coef: Vec<i64>) -> Self {
        while coef.len() > 1 && *coef.last().unwrap() == 0 {
            coef.pop();
        }
        if coef.is_empty() {
            coef.push(0);
        }
        Poly { coef }
    }
    fn degree(&self) -> usize { self.coef.len() - 1 }
    fn eval(&self, x: i64) -> i64 {
        self.coef.iter().rev().fold(0i64, |acc, &c| acc.wrapping_mul(x).wrapping_add(c))
    }
    fn checked_eval(&self, x: i64) -> Option<i64> {
        self.coef.iter().rev().try_fold(0i64, |acc, &c| acc.checked_mul(x)?.checked_add(c))
    }
    fn derivative(&self) -> Poly {
        Poly::new(self.coef.iter().enumerate().skip(1).map(|(i, &c)| c * i as i64).collect())
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let terms: Vec<String> = self
            .coef
            .iter()
            .enumerate()
            .rev()
            .filter(|&(_, &c)| c != 0)
            .map(|(i, &c)| match (i, c) {
                (0, c) => format!("{}", c),
                (1, 1) => "x".to_string(),
                (1, -1) => "-x".to_string(),
                (1, c) => format!("{}x", c),
                (i, 1) => format!("x^{}", i),
                (i, -1) => format!("-x^{}", i),
                (i, c) => format!("{}x^{}", c, i),
            })
            .collect();
        if terms.is_empty() {
            return write!(f, "0");
        }
        write!(f, "{}", terms.join(" + ").replace("+ -", "- "))
    }
}

impl Add for &Poly {
    type Output = Poly;
    fn add(self, o: &Poly) -> Poly {
        let n = self.coef.len().max(o.coef.len());
        Poly::new((0..n).map(|i| self.coef.get(i).unwrap_or(&0) + o.coef.get(i).unwrap_or(&0)).collect())
    }
}

impl Neg for &Poly {
    type Output = Poly;
    fn neg(self) -> Poly { Poly::new(self.coef.iter().map(|c| -c).collect()) }
}

impl Sub for &Poly {
    type Output = Poly;
    fn sub(self, o: &Poly) -> Poly { self + &(-o) }
}

impl Mul for &Poly {
    type Output = Poly;
    fn mul(self, o: &Poly) -> Poly {
        let mut out = vec![0i64; self.coef.len() + o.coef.len() - 1];
        for (i, a) in self.coef.iter().enumerate() {
            for (j, b) in o.coef.iter().enumerate() {
                out[i + j] += a * b;
            }
        }
        Poly::new(out)
    }
}

impl AddAssign<i64> for Poly {
    fn add_assign(&mut self, c: i64) { self.coef[0] += c; }
}

fn main() {
    let p = Poly::new(vec![-1, 0, 3]);
    let q = Poly::new(vec![2, -1]);
    println!("p = {}  (deg {})", p, p.degree());
    println!("q = {}  (deg {})", q, q.degree());
    println!("p + q = {}", &p + &q);
    println!("p - q = {}", &p - &q);
    println!("p * q = {}", &p * &q);
    println!("-q = {}", -&q);
    println!("p' = {}, (p*q)' = {}", p.derivative(), (&p * &q).derivative());
    let zero = &p - &p;
    println!("p - p = {} ; == new([]): {} ; == default: {} ({:?})", zero, zero == Poly::new(vec![]), zero == Poly::default(), Poly::default());
    let xs = [-2i64, -1, 0, 1, 2, 10];
    let row: Vec<String> = xs.iter().map(|&x| format!("{:>5}", p.eval(x))).collect();
    println!("p(x) for {:?}: {}", xs, row.join(""));
    let mut pow = Poly::new(vec![1]);
    let base = Poly::new(vec![1, 1]);
    for n in 1..=5 {
        pow = &pow * &base;
        println!("(x+1)^{} = {}", n, pow);
    }
    pow += 100;
    println!("plus 100: {} ; at 1 = {}", pow, pow.eval(1));
    let big = Poly::new(vec![1; 40]);
    println!("big at 3: checked={:?} wrapping={}", big.checked_eval(3), big.eval(3));
    println!("big at 4: checked={:?} wrapping={}", big.checked_eval(4), big.eval(4));
    println!("big at 2: checked={:?}", big.checked_eval(2));
}
