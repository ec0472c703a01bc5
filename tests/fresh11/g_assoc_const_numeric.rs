// Associated consts in traits used in generic code, default type params.
use std::ops::{Add, Mul, Sub};
use std::fmt::Display;

pub trait Numeric: Copy + Add<Output = Self> + Mul<Output = Self> + Sub<Output = Self> + PartialOrd + Display {
    const ZERO: Self;
    const ONE: Self;
    const NAME: &'static str;
}

impl Numeric for i64 {
    const ZERO: Self = 0;
    const ONE: Self = 1;
    const NAME: &'static str = "i64";
}
impl Numeric for f64 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    const NAME: &'static str = "f64";
}
impl Numeric for u32 {
    const ZERO: Self = 0;
    const ONE: Self = 1;
    const NAME: &'static str = "u32";
}

fn sum_all<T: Numeric>(xs: &[T]) -> T {
    xs.iter().fold(T::ZERO, |acc, &x| acc + x)
}

fn product_all<T: Numeric>(xs: &[T]) -> T {
    xs.iter().fold(T::ONE, |acc, &x| acc * x)
}

fn power<T: Numeric>(base: T, exp: u32) -> T {
    (0..exp).fold(T::ONE, |acc, _| acc * base)
}

fn poly_eval<T: Numeric>(coeffs: &[T], x: T) -> T {
    coeffs.iter().rev().fold(T::ZERO, |acc, &c| acc * x + c)
}

fn clamp_nonneg<T: Numeric>(x: T) -> T {
    if x < T::ZERO { T::ZERO } else { x }
}

pub struct Accumulator<T: Numeric = i64> {
    total: T,
    count: usize,
}

impl<T: Numeric> Accumulator<T> {
    pub fn new() -> Self {
        Accumulator { total: T::ZERO, count: 0 }
    }
    pub fn push(&mut self, v: T) -> &mut Self {
        self.total = self.total + v;
        self.count += 1;
        self
    }
    pub fn report(&self) -> String {
        format!("Accumulator<{}>: total={} count={}", T::NAME, self.total, self.count)
    }
}

trait Shape {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} sides, area {:.2}", Self::SIDES, self.area())
    }
}

struct Square(f64);
struct Triangle(f64, f64);

impl Shape for Square {
    const SIDES: u32 = 4;
    fn area(&self) -> f64 { self.0 * self.0 }
}
impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 { 0.5 * self.0 * self.1 }
}

fn total_sides<A: Shape, B: Shape>(_: &A, _: &B) -> u32 {
    A::SIDES + B::SIDES
}

fn main() {
    let ints: Vec<i64> = vec![3, -4, 5, 6];
    println!("{} sum={} product={}", i64::NAME, sum_all(&ints), product_all(&ints));
    let floats = [1.5f64, 2.0, 4.0];
    println!("{} sum={} product={}", f64::NAME, sum_all(&floats), product_all(&floats));
    println!("2^10 = {}, 1.5^3 = {}", power(2u32, 10), power(1.5f64, 3));
    println!("poly(2) = {}", poly_eval(&[1i64, -3, 0, 2], 2));
    println!("poly(0.5) = {}", poly_eval(&[1.0f64, 1.0, 1.0], 0.5));
    println!("clamp: {} {} {}", clamp_nonneg(-5i64), clamp_nonneg(7i64), clamp_nonneg(-0.25f64));

    let mut acc: Accumulator = Accumulator::new();
    acc.push(10).push(20).push(-5);
    println!("{}", acc.report());
    let mut facc = Accumulator::<f64>::new();
    for v in floats {
        facc.push(v);
    }
    println!("{}", facc.report());

    let sq = Square(3.0);
    let tr = Triangle(4.0, 5.0);
    println!("square: {}", sq.describe());
    println!("triangle: {}", tr.describe());
    println!("total sides = {}", total_sides(&sq, &tr));
    println!("zero/one u32 = {}/{}", <u32 as Numeric>::ZERO, u32::ONE);
}
