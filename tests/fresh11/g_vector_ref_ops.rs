// Operator traits on references, Sum/Product for own types (owned and &'a forms).
use std::iter::{Product, Sum};
use std::ops::{Add, Mul, Neg, Sub, AddAssign};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Vec2 {
    x: i64,
    y: i64,
}

impl Vec2 {
    pub const fn new(x: i64, y: i64) -> Self { Vec2 { x, y } }
    pub fn dot(&self, o: &Vec2) -> i64 { self.x * o.x + self.y * o.y }
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 { Vec2::new(self.x + o.x, self.y + o.y) }
}
impl<'a> Add<&'a Vec2> for &'a Vec2 {
    type Output = Vec2;
    fn add(self, o: &'a Vec2) -> Vec2 { Vec2::new(self.x + o.x, self.y + o.y) }
}
impl<'a> Sub<&'a Vec2> for &'a Vec2 {
    type Output = Vec2;
    fn sub(self, o: &'a Vec2) -> Vec2 { Vec2::new(self.x - o.x, self.y - o.y) }
}
impl Mul<i64> for &Vec2 {
    type Output = Vec2;
    fn mul(self, k: i64) -> Vec2 { Vec2::new(self.x * k, self.y * k) }
}
impl Mul<&Vec2> for i64 {
    type Output = Vec2;
    fn mul(self, v: &Vec2) -> Vec2 { v * self }
}
impl Neg for &Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 { Vec2::new(-self.x, -self.y) }
}
impl AddAssign<&Vec2> for Vec2 {
    fn add_assign(&mut self, o: &Vec2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl Sum for Vec2 {
    fn sum<I: Iterator<Item = Vec2>>(iter: I) -> Vec2 {
        iter.fold(Vec2::default(), |a, b| a + b)
    }
}
impl<'a> Sum<&'a Vec2> for Vec2 {
    fn sum<I: Iterator<Item = &'a Vec2>>(iter: I) -> Vec2 {
        iter.fold(Vec2::default(), |a, b| &a + b)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ratio { num: i64, den: i64 }

fn gcd(a: i64, b: i64) -> i64 { if b == 0 { a.abs() } else { gcd(b, a % b) } }

impl Ratio {
    pub fn new(num: i64, den: i64) -> Self {
        let g = gcd(num, den).max(1);
        let s = if den < 0 { -1 } else { 1 };
        Ratio { num: s * num / g, den: s * den / g }
    }
}
impl Mul for Ratio {
    type Output = Ratio;
    fn mul(self, o: Ratio) -> Ratio { Ratio::new(self.num * o.num, self.den * o.den) }
}
impl Product for Ratio {
    fn product<I: Iterator<Item = Ratio>>(iter: I) -> Ratio {
        iter.fold(Ratio::new(1, 1), |a, b| a * b)
    }
}
impl<'a> Product<&'a Ratio> for Ratio {
    fn product<I: Iterator<Item = &'a Ratio>>(iter: I) -> Ratio {
        iter.copied().product()
    }
}

fn centroid<'a, I>(pts: I) -> Option<(i64, i64)>
where
    I: IntoIterator<Item = &'a Vec2>,
    I::IntoIter: ExactSizeIterator,
{
    let it = pts.into_iter();
    let n = it.len() as i64;
    if n == 0 { return None; }
    let s: Vec2 = it.sum();
    Some((s.x / n, s.y / n))
}

fn main() {
    let a = Vec2::new(1, 2);
    let b = Vec2::new(3, -4);
    println!("a+b = {:?}", &a + &b);
    println!("a-b = {:?}", &a - &b);
    println!("a*3 = {:?}, 2*b = {:?}", &a * 3, 2 * &b);
    println!("-b = {:?}, a.b = {}", -&b, a.dot(&b));
    let mut c = a;
    c += &b;
    c += &b;
    println!("c = {:?}", c);

    let pts = vec![Vec2::new(0, 0), Vec2::new(4, 0), Vec2::new(4, 6), Vec2::new(0, 6)];
    let by_ref: Vec2 = pts.iter().sum();
    let by_val: Vec2 = pts.clone().into_iter().sum();
    println!("sum ref = {:?}, sum val = {:?}, eq = {}", by_ref, by_val, by_ref == by_val);
    println!("centroid = {:?}", centroid(&pts));
    println!("centroid empty = {:?}", centroid(&Vec::<Vec2>::new()));

    let rs = [Ratio::new(2, 3), Ratio::new(9, 4), Ratio::new(-1, 6)];
    let p1: Ratio = rs.iter().product();
    let p2: Ratio = rs.into_iter().product();
    println!("product = {}/{} ({})", p1.num, p1.den, p1 == p2);
    let harmonic: Ratio = (1..=5).map(|k| Ratio::new(k, k + 1)).product();
    println!("telescoping = {:?}", harmonic);
    let scaled: Vec2 = pts.iter().map(|p| p * 2).filter(|p| p.x > 0).sum();
    println!("scaled filtered sum = {:?}", scaled);
}
