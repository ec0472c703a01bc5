use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq, Default)]
struct Poly {
    c: Vec<i64>, // c[i] is coefficient of x^i
}

impl Poly {
    fn new(mut c: Vec<i64>) -> Self {
        while c.len() > 1 && *c.last().unwrap() == 0 {
            c.pop();
        }
        Poly { c }
    }
    fn degree(&self) -> Option<usize> {
        if self.c.iter().all(|&x| x == 0) { None } else { Some(self.c.len() - 1) }
    }
    fn eval(&self, x: i64) -> i64 {
        self.c.iter().rev().fold(0, |acc, &k| acc * x + k)
    }
    fn derivative(&self) -> Poly {
        Poly::new(self.c.iter().enumerate().skip(1).map(|(i, &k)| k * i as i64).collect())
    }
    fn compose(&self, other: &Poly) -> Poly {
        self.c.iter().rev().fold(Poly::new(vec![0]), |acc, &k| &(&acc * other) + &Poly::new(vec![k]))
    }
    fn integer_roots(&self, lo: i64, hi: i64) -> Vec<i64> {
        (lo..=hi).filter(|&x| self.eval(x) == 0).collect()
    }
}

impl From<&[i64]> for Poly {
    fn from(s: &[i64]) -> Self {
        Poly::new(s.to_vec())
    }
}

impl<'a> Add for &'a Poly {
    type Output = Poly;
    fn add(self, o: &Poly) -> Poly {
        let n = self.c.len().max(o.c.len());
        Poly::new((0..n).map(|i| self.c.get(i).unwrap_or(&0) + o.c.get(i).unwrap_or(&0)).collect())
    }
}

impl Neg for Poly {
    type Output = Poly;
    fn neg(self) -> Poly {
        Poly::new(self.c.into_iter().map(|k| -k).collect())
    }
}

impl<'a> Sub for &'a Poly {
    type Output = Poly;
    fn sub(self, o: &Poly) -> Poly {
        self + &(-o.clone())
    }
}

impl<'a> Mul for &'a Poly {
    type Output = Poly;
    fn mul(self, o: &Poly) -> Poly {
        let mut out = vec![0; self.c.len() + o.c.len() - 1];
        for (i, a) in self.c.iter().enumerate() {
            for (j, b) in o.c.iter().enumerate() {
                out[i + j] += a * b;
            }
        }
        Poly::new(out)
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.degree().is_none() {
            return write!(f, "0");
        }
        let mut first = true;
        for (i, &k) in self.c.iter().enumerate().rev() {
            if k == 0 {
                continue;
            }
            let sign = if k < 0 { "-" } else { "+" };
            if first {
                if k < 0 { write!(f, "-")?; }
            } else {
                write!(f, " {} ", sign)?;
            }
            let a = k.abs();
            let coef = if a == 1 && i > 0 { String::new() } else { a.to_string() };
            match i {
                0 => write!(f, "{}", coef)?,
                1 => write!(f, "{}x", coef)?,
                _ => write!(f, "{}x^{}", coef, i)?,
            }
            first = false;
        }
        Ok(())
    }
}

fn main() {
    let p = Poly::from(&[-6i64, 11, -6, 1][..]); // (x-1)(x-2)(x-3)
    let q = Poly::new(vec![1, 1]);
    let zero = Poly::default();
    println!("p = {}", p);
    println!("q = {}", q);
    println!("p + q = {}", &p + &q);
    println!("p - p = {} (degree {:?})", &p - &p, (&p - &p).degree());
    println!("p * q = {}", &p * &q);
    println!("p' = {}, p'' = {}", p.derivative(), p.derivative().derivative());
    println!("p(q(x)) = {}", p.compose(&q));
    println!("roots of p in -10..=10: {:?}", p.integer_roots(-10, 10));
    println!("roots of p(q): {:?}", p.compose(&q).integer_roots(-10, 10));
    let table: Vec<String> = (-2..=4).map(|x| format!("{:>3}", p.eval(x))).collect();
    println!("p(-2..=4): {}", table.join(""));
    println!("zero = {}, degree {:?}, default {:?}", zero, zero.degree(), zero);
    let square = &q * &q;
    let mut power = Poly::new(vec![1]);
    for n in 0..6 {
        println!("(x+1)^{} = {}", n, power);
        power = &power * &q;
    }
    println!("binomial row 8: {:?}", (0..8).fold(Poly::new(vec![1]), |acc, _| &acc * &q).c);
    println!("-x^2 - 2x - 1 = {}", -square);
}
