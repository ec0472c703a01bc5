use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

trait VectorSpace: Copy + Add<Output = Self> + Sub<Output = Self> + Neg<Output = Self> {
    type Scalar: Copy + Add<Output = Self::Scalar> + Mul<Output = Self::Scalar> + Default;
    const DIM: usize;
    const NAME: &'static str;
    fn zero() -> Self;
    fn components(&self) -> Vec<Self::Scalar>;
    fn scale(self, k: Self::Scalar) -> Self;
    fn dot(&self, other: &Self) -> Self::Scalar {
        self.components()
            .into_iter()
            .zip(other.components())
            .fold(Self::Scalar::default(), |acc, (a, b)| acc + a * b)
    }
    fn describe(&self) -> String {
        format!("{}<{}>", Self::NAME, Self::DIM)
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
struct V2 {
    x: f64,
    y: f64,
}

#[derive(Clone, Copy, PartialEq, Debug)]
struct V3 {
    x: i64,
    y: i64,
    z: i64,
}

macro_rules! impl_ops {
    ($t:ident, $($f:ident),+) => {
        impl Add for $t { type Output = $t; fn add(self, o: $t) -> $t { $t { $($f: self.$f + o.$f),+ } } }
        impl Sub for $t { type Output = $t; fn sub(self, o: $t) -> $t { $t { $($f: self.$f - o.$f),+ } } }
        impl Neg for $t { type Output = $t; fn neg(self) -> $t { $t { $($f: -self.$f),+ } } }
        impl AddAssign for $t { fn add_assign(&mut self, o: $t) { $(self.$f += o.$f;)+ } }
    };
}
impl_ops!(V2, x, y);
impl_ops!(V3, x, y, z);

impl VectorSpace for V2 {
    type Scalar = f64;
    const DIM: usize = 2;
    const NAME: &'static str = "V2";
    fn zero() -> Self { V2 { x: 0.0, y: 0.0 } }
    fn components(&self) -> Vec<f64> { vec![self.x, self.y] }
    fn scale(self, k: f64) -> Self { V2 { x: self.x * k, y: self.y * k } }
}

impl VectorSpace for V3 {
    type Scalar = i64;
    const DIM: usize = 3;
    const NAME: &'static str = "V3";
    fn zero() -> Self { V3 { x: 0, y: 0, z: 0 } }
    fn components(&self) -> Vec<i64> { vec![self.x, self.y, self.z] }
    fn scale(self, k: i64) -> Self { V3 { x: self.x * k, y: self.y * k, z: self.z * k } }
}

impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(2);
        let s = format!("({:.*}, {:.*})", p, self.x, p, self.y);
        let w = f.width().unwrap_or(0);
        match f.align() {
            Some(fmt::Alignment::Left) => write!(f, "{:<w$}", s),
            Some(fmt::Alignment::Center) => write!(f, "{:^w$}", s),
            _ => write!(f, "{:>w$}", s),
        }
    }
}

impl fmt::Display for V3 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&format!("[{} {} {}]", self.x, self.y, self.z))
    }
}

fn sum_all<V, I>(items: I) -> V
where
    V: VectorSpace,
    I: IntoIterator<Item = V>,
{
    items.into_iter().fold(V::zero(), |a, b| a + b)
}

fn centroid_sum<T>(xs: &[T]) -> T
where
    T: Add<Output = T> + Copy + Default,
{
    xs.iter().copied().fold(T::default(), |a, b| a + b)
}

fn lerp(a: V2, b: V2, t: f64) -> V2 {
    a + (b - a).scale(t)
}

fn main() {
    let pts = vec![V2 { x: 1.0, y: 2.0 }, V2 { x: -3.5, y: 0.25 }, V2 { x: 2.125, y: 4.0 }];
    let total: V2 = sum_all(pts.clone());
    println!("{} total = {}", total.describe(), total);
    println!("precise: {:.4}", total);
    println!("padded: |{:>20}|", total);
    println!("left:   |{:<20.1}|", -total);
    for t in [0.0, 0.25, 0.5, 1.0] {
        println!("lerp t={:<4} -> {:^22.3}", t, lerp(pts[0], pts[2], t));
    }
    let a = V3 { x: 1, y: -2, z: 3 };
    let b = V3 { x: 4, y: 5, z: -6 };
    let mut acc = V3::zero();
    for i in 1..=4 {
        acc += a.scale(i) - b;
        println!("step {i}: acc = {:>16} dot(a) = {:>5}", acc, acc.dot(&a));
    }
    println!("{} dot = {}", a.describe(), a.dot(&b));
    println!("ints: {}", centroid_sum(&[3, 5, 7, 11]));
    println!("floats: {:.3}", centroid_sum(&[0.1f64, 0.2, 0.3]));
    println!("debug: {:?}", sum_all(vec![a, b, -a]));
    println!("eq: {}", a + b - b == a);
}
