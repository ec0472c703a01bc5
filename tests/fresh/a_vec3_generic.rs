// Generic Vec3<T> usable with ints and floats; Sum via fold, Index by axis, scalar mul.
use std::ops::{Add, Index, IndexMut, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec3<T> {
    v: [T; 3],
}

#[derive(Debug, Clone, Copy)]
enum Axis {
    X,
    Y,
    Z,
}

impl<T: Copy> Vec3<T> {
    fn new(x: T, y: T, z: T) -> Self {
        Vec3 { v: [x, y, z] }
    }
    fn map<U: Copy>(self, f: impl Fn(T) -> U) -> Vec3<U> {
        Vec3 { v: [f(self.v[0]), f(self.v[1]), f(self.v[2])] }
    }
}

impl<T: Add<Output = T> + Copy> Add for Vec3<T> {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Vec3::new(self[Axis::X] + o[Axis::X], self[Axis::Y] + o[Axis::Y], self[Axis::Z] + o[Axis::Z])
    }
}

impl<T: Sub<Output = T> + Copy> Sub for Vec3<T> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Vec3::new(self.v[0] - o.v[0], self.v[1] - o.v[1], self.v[2] - o.v[2])
    }
}

impl<T: Mul<Output = T> + Copy> Mul<T> for Vec3<T> {
    type Output = Self;
    fn mul(self, k: T) -> Self {
        self.map(|c| c * k)
    }
}

impl<T> Index<Axis> for Vec3<T> {
    type Output = T;
    fn index(&self, a: Axis) -> &T {
        match a {
            Axis::X => &self.v[0],
            Axis::Y => &self.v[1],
            Axis::Z => &self.v[2],
        }
    }
}

impl<T> IndexMut<Axis> for Vec3<T> {
    fn index_mut(&mut self, a: Axis) -> &mut T {
        &mut self.v[a as usize]
    }
}

fn dot<T>(a: Vec3<T>, b: Vec3<T>) -> T
where
    T: Add<Output = T> + Mul<Output = T> + Copy,
{
    a.v[0] * b.v[0] + a.v[1] * b.v[1] + a.v[2] * b.v[2]
}

fn cross<T: Mul<Output = T> + Sub<Output = T> + Copy>(a: Vec3<T>, b: Vec3<T>) -> Vec3<T> {
    Vec3::new(
        a.v[1] * b.v[2] - a.v[2] * b.v[1],
        a.v[2] * b.v[0] - a.v[0] * b.v[2],
        a.v[0] * b.v[1] - a.v[1] * b.v[0],
    )
}

fn total<T: Add<Output = T> + Copy>(items: &[Vec3<T>], zero: T) -> Vec3<T> {
    items.iter().fold(Vec3::new(zero, zero, zero), |acc, &x| acc + x)
}

fn main() {
    let a = Vec3::new(1, 2, 3);
    let b = Vec3::new(4, -5, 6);
    println!("a+b = {:?}", a + b);
    println!("a-b = {:?}", a - b);
    println!("a*3 = {:?}", a * 3);
    println!("a.b = {}, a x b = {:?}", dot(a, b), cross(a, b));
    println!("cross is orthogonal: {} {}", dot(cross(a, b), a) == 0, dot(cross(a, b), b) == 0);

    let mut p = Vec3::new(0.5f64, 1.5, -2.0);
    p[Axis::Y] *= 2.0;
    p[Axis::Z] = p[Axis::Z].abs().sqrt();
    println!("p = {:?}, |p| = {:.4}", p, dot(p, p).sqrt());
    let rounded: Vec3<i64> = (p * 10.0).map(|c| c.round() as i64);
    println!("rounded*10 = {:?}", rounded);

    let path = [Vec3::new(1, 0, 0), Vec3::new(0, 2, 0), Vec3::new(0, 0, 3), Vec3::new(-1, -1, -1)];
    println!("sum of path = {:?}", total(&path, 0));
    let longest = path.iter().enumerate().max_by_key(|(_, s)| dot(**s, **s)).map(|(i, _)| i);
    println!("longest segment index = {:?}", longest);
    for axis in [Axis::X, Axis::Y, Axis::Z] {
        let s: i32 = path.iter().map(|s| s[axis]).sum();
        println!("{:?}: {:+}", axis, s);
    }
}
