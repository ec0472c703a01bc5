// Operator overloading on references, compound assignment, cross-type equality.
use std::ops::{Add, AddAssign, Mul, MulAssign, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Vector {
    data: Vec<f64>,
}

impl Vector {
    fn new(data: &[f64]) -> Self {
        Vector { data: data.to_vec() }
    }
    fn dot(&self, other: &Vector) -> f64 {
        self.data.iter().zip(&other.data).map(|(a, b)| a * b).sum()
    }
    fn norm(&self) -> f64 {
        self.dot(self).sqrt()
    }
}

impl<'a> Add<&'a Vector> for &'a Vector {
    type Output = Vector;
    fn add(self, rhs: &'a Vector) -> Vector {
        Vector { data: self.data.iter().zip(&rhs.data).map(|(a, b)| a + b).collect() }
    }
}

impl<'a> Sub<&'a Vector> for &'a Vector {
    type Output = Vector;
    fn sub(self, rhs: &'a Vector) -> Vector {
        Vector { data: self.data.iter().zip(&rhs.data).map(|(a, b)| a - b).collect() }
    }
}

impl Mul<f64> for &Vector {
    type Output = Vector;
    fn mul(self, k: f64) -> Vector {
        Vector { data: self.data.iter().map(|a| a * k).collect() }
    }
}

impl Neg for Vector {
    type Output = Vector;
    fn neg(self) -> Vector {
        Vector { data: self.data.into_iter().map(|a| -a).collect() }
    }
}

impl AddAssign<&Vector> for Vector {
    fn add_assign(&mut self, rhs: &Vector) {
        for (a, b) in self.data.iter_mut().zip(&rhs.data) {
            *a += b;
        }
    }
}

impl MulAssign<f64> for Vector {
    fn mul_assign(&mut self, k: f64) {
        self.data.iter_mut().for_each(|a| *a *= k);
    }
}

// Compare a Vector directly with a plain slice-backed array.
impl PartialEq<[f64; 3]> for Vector {
    fn eq(&self, other: &[f64; 3]) -> bool {
        self.data.as_slice() == other.as_slice()
    }
}

impl PartialEq<Vector> for Vec<f64> {
    fn eq(&self, other: &Vector) -> bool {
        *self == other.data
    }
}

fn main() {
    let a = Vector::new(&[1.0, 2.0, 3.0]);
    let b = Vector::new(&[0.5, -1.0, 4.0]);
    let c = &a + &b;
    let d = &a - &b;
    println!("a+b = {:?}", c.data);
    println!("a-b = {:?}", d.data);
    println!("a.b = {}", a.dot(&b));
    println!("|a| = {:.4}", a.norm());
    let scaled = &a * 2.5;
    println!("a*2.5 = {:?}", scaled);
    let mut acc = Vector::new(&[0.0, 0.0, 0.0]);
    for v in [&a, &b, &c] {
        acc += v;
    }
    println!("acc = {:?}", acc.data);
    acc *= 0.5;
    println!("acc/2 = {:?}", acc.data);
    println!("acc == [2.25, 2.0, 10.0]? {}", acc == [2.25, 2.0, 10.0]);
    println!("vec == a? {}", vec![1.0, 2.0, 3.0] == a);
    println!("vec == b? {}", vec![1.0, 2.0, 3.0] == b);
    let n = -a.clone();
    println!("-a = {:?}", n.data);
    println!("a + (-a) zero? {}", (&a + &n) == [0.0, 0.0, 0.0]);
    println!("a == a.clone()? {}", a == a.clone());
}
