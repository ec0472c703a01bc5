use std::fmt;
use std::ops::{Add, Index, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq, Default)]
struct Poly { c: Vec<i64> }

impl Poly {
    fn new(mut c: Vec<i64>) -> Self { while c.len() > 1 && *c.last().unwrap() == 0 { c.pop(); } Poly { c } }
    fn degree(&self) -> usize { self.c.len().saturating_sub(1) }
    fn eval(&self, x: i64) -> i64 { self.c.iter().rev().fold(0, |acc, &k| acc * x + k) }
    fn derivative(&self) -> Poly {
        Poly::new(self.c.iter().enumerate().skip(1).map(|(i, &k)| k * i as i64).collect())
    }
}

impl From<&[i64]> for Poly { fn from(s: &[i64]) -> Self { Poly::new(s.to_vec()) } }
impl From<i64> for Poly { fn from(k: i64) -> Self { Poly::new(vec![k]) } }

impl Index<usize> for Poly {
    type Output = i64;
    fn index(&self, i: usize) -> &i64 { self.c.get(i).unwrap_or(&0) }
}

impl Add for &Poly {
    type Output = Poly;
    fn add(self, o: &Poly) -> Poly {
        let n = self.c.len().max(o.c.len());
        Poly::new((0..n).map(|i| self[i] + o[i]).collect())
    }
}
impl Neg for &Poly { type Output = Poly; fn neg(self) -> Poly { Poly::new(self.c.iter().map(|k| -k).collect()) } }
impl Sub for &Poly { type Output = Poly; fn sub(self, o: &Poly) -> Poly { self + &(-o) } }
impl Mul for &Poly {
    type Output = Poly;
    fn mul(self, o: &Poly) -> Poly {
        let mut r = vec![0; self.c.len() + o.c.len() - 1];
        for (i, a) in self.c.iter().enumerate() {
            for (j, b) in o.c.iter().enumerate() { r[i + j] += a * b; }
        }
        Poly::new(r)
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let terms: Vec<String> = self.c.iter().enumerate().rev().filter(|(_, k)| **k != 0).map(|(i, &k)| {
            let coef = if k.abs() == 1 && i > 0 { if k < 0 { "-".to_string() } else { String::new() } } else { k.to_string() };
            match i { 0 => coef, 1 => format!("{}x", coef), _ => format!("{}x^{}", coef, i) }
        }).collect();
        if terms.is_empty() { return write!(f, "0"); }
        write!(f, "{}", terms.join(" + ").replace("+ -", "- "))
    }
}

fn main() {
    let p = Poly::from(&[1, -3, 0, 2][..]);
    let q: Poly = vec![-1, 1].into_iter().collect::<Vec<_>>().as_slice().into();
    println!("p = {}  (deg {})", p, p.degree());
    println!("q = {}  (deg {})", q, q.degree());
    println!("p + q = {}", &p + &q);
    println!("p - q = {}", &p - &q);
    println!("p * q = {}", &p * &q);
    println!("p' = {}, p'' = {}", p.derivative(), p.derivative().derivative());
    println!("p - p = {} {:?}", &p - &p, &p - &p);
    println!("{:>4} {:>8} {:>8}", "x", "p(x)", "p'(x)");
    for x in (-3..=3).step_by(2) { println!("{:>4} {:>8} {:>8}", x, p.eval(x), p.derivative().eval(x)); }
    let mut acc = Poly::from(1);
    for k in 1..=4 { acc = &acc * &Poly::new(vec![-k, 1]); }
    println!("(x-1)(x-2)(x-3)(x-4) = {}", acc);
    let roots: Vec<i64> = (-5..=5).filter(|&x| acc.eval(x) == 0).collect();
    println!("roots: {:?}", roots);
    println!("coef[2]={} coef[99]={}", acc[2], acc[99]);
}
