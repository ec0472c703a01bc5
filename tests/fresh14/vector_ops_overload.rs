use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V3 { x: f64, y: f64, z: f64 }

impl V3 {
    fn new(x: f64, y: f64, z: f64) -> Self { V3 { x, y, z } }
    fn dot(self, o: V3) -> f64 { self.x * o.x + self.y * o.y + self.z * o.z }
    fn cross(self, o: V3) -> V3 {
        V3::new(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    }
    fn len(self) -> f64 { self.dot(self).sqrt() }
}

impl Add for V3 { type Output = V3; fn add(self, o: V3) -> V3 { V3::new(self.x + o.x, self.y + o.y, self.z + o.z) } }
impl Sub for V3 { type Output = V3; fn sub(self, o: V3) -> V3 { self + (-o) } }
impl Neg for V3 { type Output = V3; fn neg(self) -> V3 { V3::new(-self.x, -self.y, -self.z) } }
impl Mul<f64> for V3 { type Output = V3; fn mul(self, k: f64) -> V3 { V3::new(self.x * k, self.y * k, self.z * k) } }
impl Mul<V3> for f64 { type Output = V3; fn mul(self, v: V3) -> V3 { v * self } }
impl AddAssign for V3 { fn add_assign(&mut self, o: V3) { self.x += o.x; self.y += o.y; self.z += o.z; } }

impl Index<usize> for V3 {
    type Output = f64;
    fn index(&self, i: usize) -> &f64 {
        match i { 0 => &self.x, 1 => &self.y, 2 => &self.z, _ => panic!("bad index {}", i) }
    }
}
impl IndexMut<usize> for V3 {
    fn index_mut(&mut self, i: usize) -> &mut f64 {
        match i { 0 => &mut self.x, 1 => &mut self.y, 2 => &mut self.z, _ => panic!("bad index {}", i) }
    }
}

impl fmt::Display for V3 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:>7.3}, {:>7.3}, {:>7.3})", self.x, self.y, self.z)
    }
}

impl std::iter::Sum for V3 {
    fn sum<I: Iterator<Item = V3>>(iter: I) -> V3 {
        iter.fold(V3::default(), |a, b| a + b)
    }
}

fn main() {
    let a = V3::new(1.0, 2.0, 3.0);
    let b = V3::new(-2.0, 0.5, 4.0);
    println!("a     = {}", a);
    println!("b     = {}", b);
    println!("a+b   = {}", a + b);
    println!("a-b   = {}", a - b);
    println!("-a    = {}", -a);
    println!("2.5*a = {}", 2.5 * a);
    println!("a.b   = {:.4}", a.dot(b));
    println!("axb   = {}", a.cross(b));
    println!("|a|   = {:.6}", a.len());
    let mut acc = V3::default();
    for i in 0..5 {
        acc += V3::new(i as f64, (i * i) as f64, 1.0);
    }
    println!("acc   = {}", acc);
    acc[1] -= 10.0;
    acc[2] *= 3.0;
    println!("acc'  = {} comps=[{}, {}, {}]", acc, acc[0], acc[1], acc[2]);
    let pts: Vec<V3> = (1..=4).map(|i| V3::new(i as f64, -(i as f64), 0.5 * i as f64)).collect();
    let s: V3 = pts.iter().copied().sum();
    let centroid = s * (1.0 / pts.len() as f64);
    println!("centroid = {}", centroid);
    let far = pts.iter().map(|p| (*p - centroid).len()).fold(f64::MIN, f64::max);
    println!("max dist = {:08.4}", far);
    println!("{:?}", V3::default() == -V3::default());
}
