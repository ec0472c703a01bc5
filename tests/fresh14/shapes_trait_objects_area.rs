use std::fmt::{self, Debug, Display};

trait Shape: Debug + Display {
    const SIDES: u32;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        format!("shape with {} sides", Self::SIDES)
    }
}

trait Describe {
    fn describe(&self) -> String;
}

#[derive(Debug, Clone, PartialEq)]
struct Rect { w: f64, h: f64 }
#[derive(Debug, Clone, PartialEq)]
struct Tri { a: f64, b: f64, c: f64 }

impl Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Rect({:.1}x{:.1})", self.w, self.h)
    }
}
impl Display for Tri {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Tri({}, {}, {})", self.a, self.b, self.c)
    }
}

impl Shape for Rect {
    const SIDES: u32 = 4;
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
}
impl Shape for Tri {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn name(&self) -> String { "triangle".to_string() }
}

impl<T: Shape> Describe for T {
    fn describe(&self) -> String {
        format!("{:<14}|{:>8.2}|{:>8.2}| {}", self.to_string(), self.area(), self.perimeter(), self.name())
    }
}

fn total_area(items: &[Box<dyn Describe>]) -> usize {
    items.iter().map(|d| d.describe().len()).sum()
}

fn largest<'a, T: Shape>(xs: &'a [T]) -> Option<&'a T> {
    xs.iter().fold(None, |best: Option<&T>, x| match best {
        Some(b) if b.area() >= x.area() => Some(b),
        _ => Some(x),
    })
}

fn main() {
    let rects = vec![Rect { w: 3.0, h: 4.0 }, Rect { w: 1.5, h: 10.0 }, Rect { w: 2.0, h: 2.0 }];
    let tris = vec![Tri { a: 3.0, b: 4.0, c: 5.0 }, Tri { a: 6.0, b: 6.0, c: 6.0 }];
    let mut all: Vec<Box<dyn Describe>> = Vec::new();
    for r in &rects { all.push(Box::new(r.clone())); }
    for t in &tris { all.push(Box::new(t.clone())); }
    println!("{:<14}|{:>8}|{:>8}| {}", "shape", "area", "perim", "name");
    println!("{}", "-".repeat(44));
    for d in &all {
        println!("{}", d.describe());
    }
    println!("total describe length: {}", total_area(&all));
    if let Some(r) = largest(&rects) {
        println!("largest rect: {} area={:.3}", r, r.area());
        println!("{:?}", r);
    }
    if let Some(t) = largest(&tris) {
        println!("largest tri: {:#?}", t);
    }
    println!("sides: rect={} tri={}", Rect::SIDES, Tri::SIDES);
}
