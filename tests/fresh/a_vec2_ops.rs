// 2D vector math for a tiny physics step: Add, Sub, Mul<f64>, Neg, AddAssign, Display.
use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };
    fn new(x: f64, y: f64) -> Self {
        Vec2 { x, y }
    }
    fn length(self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
    fn dot(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }
    fn normalized(self) -> Option<Vec2> {
        let len = self.length();
        if len == 0.0 { None } else { Some(self * (1.0 / len)) }
    }
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x + o.x, self.y + o.y)
    }
}
impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x - o.x, self.y - o.y)
    }
}
impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2::new(self.x * k, self.y * k)
    }
}
impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        Vec2::new(-self.x, -self.y)
    }
}
impl AddAssign for Vec2 {
    fn add_assign(&mut self, o: Vec2) {
        self.x += o.x;
        self.y += o.y;
    }
}
impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:>7.3}, {:>7.3})", self.x, self.y)
    }
}

fn main() {
    let gravity = Vec2::new(0.0, -9.81);
    let mut pos = Vec2::ZERO;
    let mut vel = Vec2::new(12.0, 15.0);
    let dt = 0.25;
    let mut step = 0;
    println!("t={:.2} pos={} vel={}", 0.0, pos, vel);
    while pos.y >= 0.0 {
        vel += gravity * dt;
        pos += vel * dt;
        step += 1;
        if step % 2 == 0 {
            println!("t={:.2} pos={} speed={:.3}", step as f64 * dt, pos, vel.length());
        }
    }
    println!("landed after {} steps at x = {:.2}", step, pos.x);

    let a = Vec2::new(3.0, 4.0);
    let b = Vec2::new(-1.0, 2.0);
    println!("a+b={} a-b={} -a={}", a + b, a - b, -a);
    println!("|a|={} a.b={} unit={:?}", a.length(), a.dot(b), a.normalized());
    println!("zero unit = {:?}, default == ZERO: {}", Vec2::ZERO.normalized(), Vec2::default() == Vec2::ZERO);
    let pts = [a, b, -a, Vec2::new(0.5, -0.5)];
    let centroid = pts.iter().fold(Vec2::ZERO, |acc, &p| acc + p) * (1.0 / pts.len() as f64);
    println!("centroid {}", centroid);
    let far = pts.iter().max_by(|p, q| p.length().partial_cmp(&q.length()).unwrap()).unwrap();
    println!("farthest {:?}", far);
}
