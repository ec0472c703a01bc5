use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec2 { x: f64, y: f64 }

impl Vec2 {
    const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };
    const fn new(x: f64, y: f64) -> Self { Vec2 { x, y } }
    fn dot(self, o: Vec2) -> f64 { self.x * o.x + self.y * o.y }
    fn len(self) -> f64 { self.dot(self).sqrt() }
}

impl Add for Vec2 { type Output = Vec2; fn add(self, o: Vec2) -> Vec2 { Vec2::new(self.x + o.x, self.y + o.y) } }
impl Sub for Vec2 { type Output = Vec2; fn sub(self, o: Vec2) -> Vec2 { self + -o } }
impl Neg for Vec2 { type Output = Vec2; fn neg(self) -> Vec2 { Vec2::new(-self.x, -self.y) } }
impl Mul<f64> for Vec2 { type Output = Vec2; fn mul(self, k: f64) -> Vec2 { Vec2::new(self.x * k, self.y * k) } }
impl Mul<Vec2> for f64 { type Output = Vec2; fn mul(self, v: Vec2) -> Vec2 { v * self } }
impl AddAssign for Vec2 { fn add_assign(&mut self, o: Vec2) { self.x += o.x; self.y += o.y; } }

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(2);
        write!(f, "({:.*}, {:.*})", p, self.x, p, self.y)
    }
}

fn sum_all<T: Add<Output = T> + Copy + Default>(items: &[T]) -> T {
    items.iter().fold(T::default(), |acc, &x| acc + x)
}

#[derive(Debug, Clone)]
struct Particle { id: usize, pos: Vec2, vel: Vec2, mass: f64, bounces: u32 }

struct World {
    particles: Vec<Particle>,
    gravity: Vec2,
    width: f64,
    forces: Vec<Box<dyn Fn(&Particle) -> Vec2>>,
}

impl World {
    fn step(&mut self, dt: f64) {
        for p in self.particles.iter_mut() {
            let mut acc = self.gravity;
            for f in &self.forces {
                acc += f(p) * (1.0 / p.mass);
            }
            p.vel += acc * dt;
            p.pos += dt * p.vel;
            if p.pos.y < 0.0 {
                p.pos.y = -p.pos.y;
                p.vel.y = -p.vel.y * 0.8;
                p.bounces += 1;
            }
            match p.pos.x {
                x if x < 0.0 => { p.pos.x = -x; p.vel.x = -p.vel.x; p.bounces += 1; }
                x if x > self.width => { p.pos.x = 2.0 * self.width - x; p.vel.x = -p.vel.x; p.bounces += 1; }
                _ => {}
            }
        }
    }
    fn momentum(&self) -> Vec2 {
        let ms: Vec<Vec2> = self.particles.iter().map(|p| p.vel * p.mass).collect();
        sum_all(&ms)
    }
}

fn main() {
    let a = Vec2::new(3.0, 4.0);
    let b = Vec2::new(-1.0, 0.5);
    println!("a={} b={:.3} a+b={} a-b={} -a={} 2a={} |a|={}", a, b, a + b, a - b, -a, 2.0 * a, a.len());
    println!("dot={} sum_all ints={} sum_all vecs={:.1}", a.dot(b), sum_all(&[1, 2, 3, 4]), sum_all(&[a, b, Vec2::ZERO]));
    let drag = 0.1;
    let mut world = World {
        particles: (0..4).map(|i| Particle {
            id: i,
            pos: Vec2::new(1.0 + 2.0 * i as f64, 5.0 + i as f64),
            vel: Vec2::new(if i % 2 == 0 { 3.0 } else { -2.5 }, 0.0),
            mass: 1.0 + i as f64 * 0.5,
            bounces: 0,
        }).collect(),
        gravity: Vec2::new(0.0, -9.8),
        width: 8.0,
        forces: vec![Box::new(move |p: &Particle| -p.vel * drag), Box::new(|p: &Particle| Vec2::new(0.0, if p.pos.y > 6.0 { -1.0 } else { 0.0 }))],
    };
    for step in 0..=12 {
        if step % 4 == 0 {
            let line: Vec<String> = world.particles.iter().map(|p| format!("#{} {:.2}", p.id, p.pos)).collect();
            println!("step {:>2}: {}", step, line.join("  "));
            println!("         momentum {:.3}", world.momentum());
        }
        world.step(0.1);
    }
    let highest = world.particles.iter().max_by(|p, q| p.pos.y.total_cmp(&q.pos.y)).unwrap();
    let fastest = world.particles.iter().max_by(|p, q| p.vel.len().total_cmp(&q.vel.len())).unwrap();
    println!("highest #{} at y={:.3}, fastest #{} speed {:.3}", highest.id, highest.pos.y, fastest.id, fastest.vel.len());
    let bounces: Vec<(usize, u32)> = world.particles.iter().map(|p| (p.id, p.bounces)).collect();
    println!("bounces {:?} total {}", bounces, bounces.iter().map(|b| b.1).sum::<u32>());
    println!("sizes: Vec2={} Particle={} closure={}", std::mem::size_of::<Vec2>(), std::mem::size_of::<Particle>(), std::mem::size_of_val(&move |p: &Particle| p.vel * drag));
}
