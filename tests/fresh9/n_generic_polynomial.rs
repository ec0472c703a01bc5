use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

trait Zero { fn zero() -> Self; fn is_zero(&self) -> bool; }
trait One { fn one() -> Self; }

impl Zero for i64 { fn zero() -> Self { 0 } fn is_zero(&self) -> bool { *self == 0 } }
impl One for i64 { fn one() -> Self { 1 } }
impl Zero for f64 { fn zero() -> Self { 0.0 } fn is_zero(&self) -> bool { self.abs() < 1e-12 } }
impl One for f64 { fn one() -> Self { 1.0 } }

#[derive(Clone, Debug, PartialEq)]
struct Poly<T> { coef: Vec<T> } // coef[i] * x^i

impl<T> Poly<T> where T: Zero + Copy {
    fn new(mut coef: Vec<T>) -> Self {
        while coef.last().map_or(false, |c| c.is_zero()) { coef.pop(); }
        Poly { coef }
    }
    fn degree(&self) -> Option<usize> { self.coef.len().checked_sub(1) }
}

impl<T> Poly<T> where T: Zero + One + Copy + Add<Output = T> + Mul<Output = T> {
    fn eval(&self, x: T) -> T {
        self.coef.iter().rev().fold(T::zero(), |acc, &c| acc * x + c)
    }
    fn derivative(&self) -> Self {
        let mut k = T::zero();
        let coef = self.coef.iter().map(|&c| { let r = c * k; k = k + T::one(); r }).skip(1).collect();
        Poly::new(coef)
    }
}

impl<T: Zero + Copy + Add<Output = T>> Add for Poly<T> {
    type Output = Poly<T>;
    fn add(self, rhs: Self) -> Self {
        let n = self.coef.len().max(rhs.coef.len());
        let get = |v: &Vec<T>, i: usize| v.get(i).copied().unwrap_or_else(T::zero);
        Poly::new((0..n).map(|i| get(&self.coef, i) + get(&rhs.coef, i)).collect())
    }
}

impl<T: Zero + Copy + Neg<Output = T>> Neg for Poly<T> {
    type Output = Poly<T>;
    fn neg(self) -> Self { Poly::new(self.coef.into_iter().map(|c| -c).collect()) }
}

impl<T: Zero + Copy + Add<Output = T> + Neg<Output = T>> Sub for Poly<T> {
    type Output = Poly<T>;
    fn sub(self, rhs: Self) -> Self { self + (-rhs) }
}

impl<T: Zero + Copy + Add<Output = T> + Mul<Output = T> + AddAssign> Mul for &Poly<T> {
    type Output = Poly<T>;
    fn mul(self, rhs: Self) -> Poly<T> {
        if self.coef.is_empty() || rhs.coef.is_empty() { return Poly::new(vec![]); }
        let mut out = vec![T::zero(); self.coef.len() + rhs.coef.len() - 1];
        for (i, &a) in self.coef.iter().enumerate() {
            for (j, &b) in rhs.coef.iter().enumerate() { out[i + j] += a * b; }
        }
        Poly::new(out)
    }
}

impl<T: fmt::Display + Zero + PartialOrd + Copy + Neg<Output = T>> fmt::Display for Poly<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.coef.is_empty() { return write!(f, "0"); }
        let mut first = true;
        for (i, &c) in self.coef.iter().enumerate().rev().filter(|(_, c)| !c.is_zero()) {
            let neg = c < T::zero();
            let mag = if neg { -c } else { c };
            match (first, neg) { (true, true) => write!(f, "-")?, (true, false) => {}, (false, true) => write!(f, " - ")?, (false, false) => write!(f, " + ")? }
            match i { 0 => write!(f, "{mag}")?, 1 => write!(f, "{mag}x")?, _ => write!(f, "{mag}x^{i}")? }
            first = false;
        }
        Ok(())
    }
}

fn newton<T>(p: &Poly<T>, mut x: T, steps: usize) -> T
where T: Zero + One + Copy + Add<Output = T> + Mul<Output = T> + Sub<Output = T> + std::ops::Div<Output = T> {
    let d = p.derivative();
    for _ in 0..steps { x = x - p.eval(x) / d.eval(x); }
    x
}

fn main() {
    let p = Poly::new(vec![-6i64, 11, -6, 1, 0, 0]);
    let q = Poly::new(vec![1i64, 1]);
    println!("p(x) = {p}   degree {:?}", p.degree());
    println!("q(x) = {q}");
    println!("p+q = {}", p.clone() + q.clone());
    println!("p-q = {}", p.clone() - q.clone());
    println!("p*q = {}", &p * &q);
    println!("p'  = {}", p.derivative());
    let values: Vec<i64> = (0..=4).map(|x| p.eval(x)).collect();
    println!("p(0..=4) = {:?}", values);
    let roots: Vec<i64> = (-5..=5).filter(|&x| p.eval(x) == 0).collect();
    println!("integer roots: {roots:?}");
    let zero: Poly<i64> = Poly::new(vec![0, 0]);
    println!("zero = {zero}, degree {:?}, p*0 = {}", zero.degree(), &p * &zero);

    let f = Poly::new(vec![-2.0f64, 0.0, 1.0]);
    let sqrt2 = newton(&f, 1.0, 6);
    println!("f = {f}; root ~ {sqrt2:.12} (err {:e})", (sqrt2 - 2f64.sqrt()).abs());
    let g = &f * &Poly::new(vec![0.5, -1.5]);
    println!("g = {}", g);
    println!("g(2.5) = {:+.4}", g.eval(2.5));
}
