use std::f64::consts::PI;
use std::fmt::{self, Display};

trait Named {
    const KIND: &'static str;
    fn label(&self) -> String;
}

trait Shape: Named + Display {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn compactness(&self) -> f64 {
        4.0 * PI * self.area() / self.perimeter().powi(2)
    }
}

// object-safe view used for dynamic dispatch
trait Measure {
    fn summary(&self) -> String;
    fn area_dyn(&self) -> f64;
}

impl<T: Shape> Measure for T {
    fn summary(&self) -> String {
        format!("{:<10} {:<14} sides={:<2} A={:>9.3} P={:>8.3} c={:.4}",
            T::KIND, self.label(), T::SIDES, self.area(), self.perimeter(), self.compactness())
    }
    fn area_dyn(&self) -> f64 { self.area() }
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
struct Triangle { a: f64, b: f64, c: f64 }

impl Named for Circle { const KIND: &'static str = "circle"; fn label(&self) -> String { format!("r={}", self.r) } }
impl Named for Rect { const KIND: &'static str = "rect"; fn label(&self) -> String { format!("{}x{}", self.w, self.h) } }
impl Named for Triangle { const KIND: &'static str = "triangle"; fn label(&self) -> String { format!("{}/{}/{}", self.a, self.b, self.c) } }

impl Display for Circle { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Circle({})", self.r) } }
impl Display for Rect { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Rect[{} by {}]", self.w, self.h) } }
impl Display for Triangle { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Tri<{},{},{}>", self.a, self.b, self.c) } }

impl Shape for Circle {
    const SIDES: u32 = 0;
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
}
impl Shape for Rect {
    const SIDES: u32 = 4;
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
}
impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn compactness(&self) -> f64 { (4.0 * PI * self.area() / self.perimeter().powi(2) * 1000.0).round() / 1000.0 }
}

fn largest<'a>(items: &'a [Box<dyn Measure>]) -> Option<&'a dyn Measure> {
    items.iter().map(|b| b.as_ref()).max_by(|a, b| a.area_dyn().total_cmp(&b.area_dyn()))
}

fn describe_all(shapes: impl IntoIterator<Item = impl Shape>) -> Vec<String> {
    shapes.into_iter().map(|s| format!("{s} -> {:.2}", s.area())).collect()
}

fn scaled_circles(factor: f64) -> impl Iterator<Item = Circle> {
    (1..=3).map(move |i| Circle { r: i as f64 * factor })
}

fn print_it(x: &dyn Measure) { println!("* {}", x.summary()); }

fn main() {
    let shapes: Vec<Box<dyn Measure>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 4.5 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Rect { w: 2.0, h: 2.0 }),
    ];
    for s in &shapes { print_it(s.as_ref()); }
    let total: f64 = shapes.iter().map(|s| s.area_dyn()).sum();
    println!("total area {:08.3}", total);
    if let Some(big) = largest(&shapes) { println!("largest: {}", big.summary()); }
    println!("{:#?}", describe_all(scaled_circles(0.5)));
    println!("{:?}", describe_all(vec![Rect { w: 1.0, h: 1.0 }, Rect { w: 10.0, h: 0.1 }]));
    println!("kinds: {} {} {} / sides sum {}", Circle::KIND, Rect::KIND, Triangle::KIND,
        Circle::SIDES + Rect::SIDES + Triangle::SIDES);
    let ranking: Vec<(&str, f64)> = vec![
        (Circle::KIND, Circle { r: 1.0 }.compactness()),
        (Rect::KIND, Rect { w: 1.0, h: 1.0 }.compactness()),
        (Triangle::KIND, Triangle { a: 1.0, b: 1.0, c: 1.0 }.compactness()),
    ];
    let mut r = ranking.clone();
    r.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
    println!("{:?}", r);
}
