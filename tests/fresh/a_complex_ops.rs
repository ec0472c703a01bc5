// Complex numbers with operator overloading; Mandelbrot in ASCII and polynomial roots of unity.
use std::fmt;
use std::ops::{Add, Div, Mul, Neg, Sub};

#[derive(Clone, Copy, Debug, PartialEq)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }
    fn norm_sqr(self) -> f64 {
        self.re * self.re + self.im * self.im
    }
    fn conj(self) -> Self {
        Complex::new(self.re, -self.im)
    }
    fn from_polar(r: f64, theta: f64) -> Self {
        Complex::new(r * theta.cos(), r * theta.sin())
    }
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}
impl Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        self + (-o)
    }
}
impl Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}
impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}
impl Div for Complex {
    type Output = Complex;
    fn div(self, o: Complex) -> Complex {
        let d = o.norm_sqr();
        let n = self * o.conj();
        Complex::new(n.re / d, n.im / d)
    }
}
impl fmt::Display for Complex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(2);
        if self.im < 0.0 {
            write!(f, "{:.*}-{:.*}i", p, self.re, p, -self.im)
        } else {
            write!(f, "{:.*}+{:.*}i", p, self.re, p, self.im)
        }
    }
}

fn escape_time(c: Complex, limit: u32) -> Option<u32> {
    let mut z = Complex::new(0.0, 0.0);
    (0..limit).find(|_| {
        z = z * z + c;
        z.norm_sqr() > 4.0
    })
}

fn main() {
    let a = Complex::new(1.0, 2.0);
    let b = Complex::new(3.0, -1.0);
    println!("a = {}, b = {}", a, b);
    println!("a+b = {}, a-b = {}, a*b = {}, a/b = {:.4}", a + b, a - b, a * b, a / b);
    println!("(a/b)*b == a ? {}", ((a / b) * b - a).norm_sqr() < 1e-12);

    let n = 6;
    let roots: Vec<Complex> = (0..n).map(|k| Complex::from_polar(1.0, 2.0 * std::f64::consts::PI * k as f64 / n as f64)).collect();
    for (k, r) in roots.iter().enumerate() {
        let mut p = Complex::new(1.0, 0.0);
        for _ in 0..n {
            p = p * *r;
        }
        println!("root {}: {:.3}  ^{} = {:.3}", k, r, n, p);
    }

    let chars = [' ', '.', ':', '-', '=', '+', '*', '#'];
    for row in 0..11 {
        let line: String = (0..40)
            .map(|col| {
                let c = Complex::new(-2.2 + col as f64 * 0.075, -1.2 + row as f64 * 0.24);
                match escape_time(c, 30) {
                    None => '@',
                    Some(t) => chars[(t as usize).min(chars.len() - 1)],
                }
            })
            .collect();
        println!("|{}|", line.trim_end());
    }
}
