// Operator traits implemented by the program: Add with another right-hand side, Sub, Mul by a
// scalar, Neg, Not, AddAssign, and a hand-written PartialEq behind == and !=.
use std::ops::{Add, AddAssign, Mul, Neg, Not, Sub};

#[derive(Debug, Clone, Copy)]
struct Point { x: i32, y: i32 }

#[derive(Debug, Clone, Copy)]
struct Millimeters(u32);
#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point { Point { x: self.x + other.x, y: self.y + other.y } }
}

impl Sub for Point {
    type Output = Self;
    fn sub(self, other: Self) -> Self::Output { Point { x: self.x - other.x, y: self.y - other.y } }
}

impl Mul<i32> for Point {
    type Output = Point;
    fn mul(self, k: i32) -> Point { Point { x: self.x * k, y: self.y * k } }
}

impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point { Point { x: -self.x, y: -self.y } }
}

impl AddAssign for Point {
    fn add_assign(&mut self, other: Point) {
        self.x += other.x;
        self.y += other.y;
    }
}

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters { Millimeters(self.0 + other.0 * 1000) }
}

#[derive(Debug)]
struct Flag(bool);

impl Not for Flag {
    type Output = Flag;
    fn not(self) -> Flag { Flag(!self.0) }
}

struct Version { major: u32, minor: u32 }

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        println!("comparing {}.{} with {}.{}", self.major, self.minor, other.major, other.minor);
        self.major == other.major
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: 20 };
    println!("{:?}", a + b);
    println!("{:?}", b - a);
    println!("{:?}", a * 3);
    println!("{:?}", -a);
    let mut c = a;
    c += b;
    c += Point { x: 100, y: 100 };
    println!("{:?}", c);
    println!("{:?}", Millimeters(500) + Meters(2));
    println!("{:?}", !Flag(false));
    let v1 = Version { major: 1, minor: 2 };
    let v2 = Version { major: 1, minor: 7 };
    println!("{} {}", v1 == v2, v1 != Version { major: 2, minor: 0 });
}
