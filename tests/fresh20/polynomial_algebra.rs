use std::fmt;
use std::ops::{Add, Index, Mul, Neg, Sub};

trait Ring: Copy + PartialEq + Add<Output = Self> + Mul<Output = Self> + Neg<Output = Self> + fmt::Display {
    const ZERO: Self;
    const ONE: Self;
    fn is_zero(&self) -> bool {
        *self == Self::ZERO
    }
}

impl Ring for i64 {
    const ZERO: i64 = 0;
    const ONE: i64 = 1;
}

impl Ring for f64 {
    const ZERO: f64 = 0.0;
    const ONE: f64 = 1.0;
}

#[derive(Clone, PartialEq, Debug)]
struct Poly<T: Ring> {
    coef: Vec<T>, // coef[i] * x^i
}

impl<T: Ring> Poly<T> {
    fn new(mut coef: Vec<T>) -> Self {
        while coef.last().is_some_and(|c| c.is_zero()) {
            coef.pop();
        }
        Poly { coef }
    }
    fn degree(&self) -> Option<usize> {
        self.coef.len().checked_sub(1)
    }
    fn eval(&self, x: T) -> T {
        self.coef.iter().rev().fold(T::ZERO, |acc, &c| acc * x + c)
    }
    fn derivative(&self) -> Self
    where
        T: From<i32>,
    {
        Poly::new(self.coef.iter().enumerate().skip(1).map(|(i, &c)| c * T::from(i as i32)).collect())
    }
}

impl<T: Ring> Index<usize> for Poly<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        self.coef.get(i).expect("coefficient index beyond degree")
    }
}

impl<T: Ring> Add for &Poly<T> {
    type Output = Poly<T>;
    fn add(self, o: &Poly<T>) -> Poly<T> {
        let n = self.coef.len().max(o.coef.len());
        let get = |p: &Poly<T>, i: usize| p.coef.get(i).copied().unwrap_or(T::ZERO);
        Poly::new((0..n).map(|i| get(self, i) + get(o, i)).collect())
    }
}

impl<T: Ring> Neg for &Poly<T> {
    type Output = Poly<T>;
    fn neg(self) -> Poly<T> {
        Poly::new(self.coef.iter().map(|&c| -c).collect())
    }
}

impl<T: Ring> Sub for &Poly<T> {
    type Output = Poly<T>;
    fn sub(self, o: &Poly<T>) -> Poly<T> {
        self + &(-o)
    }
}

impl<T: Ring> Mul for &Poly<T> {
    type Output = Poly<T>;
    fn mul(self, o: &Poly<T>) -> Poly<T> {
        if self.coef.is_empty() || o.coef.is_empty() {
            return Poly::new(vec![]);
        }
        let mut out = vec![T::ZERO; self.coef.len() + o.coef.len() - 1];
        for (i, &a) in self.coef.iter().enumerate() {
            for (j, &b) in o.coef.iter().enumerate() {
                out[i + j] = out[i + j] + a * b;
            }
        }
        Poly::new(out)
    }
}

impl<T: Ring> fmt::Display for Poly<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.coef.is_empty() {
            return f.pad("0");
        }
        let terms: Vec<String> = self.coef.iter().enumerate().rev()
            .filter(|(_, c)| !c.is_zero())
            .map(|(i, c)| match i {
                0 => format!("{}", c),
                1 if *c == T::ONE => "x".to_string(),
                1 => format!("{}x", c),
                _ if *c == T::ONE => format!("x^{}", i),
                _ => format!("{}x^{}", c, i),
            })
            .collect();
        f.pad(&terms.join(" + ").replace("+ -", "- "))
    }
}

fn main() {
    let p = Poly::new(vec![1i64, -3, 0, 2]);
    let q = Poly::new(vec![-1i64, 1]);
    println!("p = {}", p);
    println!("q = {}", q);
    println!("p + q = {}", &p + &q);
    println!("p - p = [{:>6}] degree {:?}", &p - &p, (&p - &p).degree());
    let pq = &p * &q;
    println!("p * q = {} (degree {:?})", pq, pq.degree());
    println!("p' = {}, p'' = {}", p.derivative(), p.derivative().derivative());
    for x in -2..=2 {
        println!("  p({:>2}) = {:>4}   pq({:>2}) = {:>5}", x, p.eval(x), x, pq.eval(x));
    }
    let mut power = Poly::new(vec![1i64]);
    for _ in 0..5 {
        power = &power * &Poly::new(vec![1, 1]);
    }
    println!("(1+x)^5 = {}", power);
    println!("binomial coeffs: {:?}", (0..=5).map(|i| power[i]).collect::<Vec<_>>());
    let r = Poly::new(vec![0.5f64, 0.0, -1.25]);
    println!("r = {:<24}| r(2) = {:.3}", r, r.eval(2.0));
    println!("r' = {}", r.derivative());
    println!("q^2 == q*q: {}", &q * &q == Poly::new(vec![1, -2, 1]));
}
