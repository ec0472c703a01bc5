use std::f64::consts::PI;
use std::fmt;

trait Named {
    fn name(&self) -> String;
}

trait SideCount {
    const SIDES: u32;
}

trait Shape: Named + fmt::Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn sides(&self) -> u32;
    fn compactness(&self) -> f64 {
        4.0 * PI * self.area() / (self.perimeter() * self.perimeter())
    }
    fn summary(&self) -> String {
        format!("{:<10} sides={} area={:>8.3} perim={:>7.3}", self.name(), self.sides(), self.area(), self.perimeter())
    }
}

#[derive(Debug)]
struct Circle { r: f64 }
#[derive(Debug)]
struct Rect { w: f64, h: f64 }
#[derive(Debug)]
struct Triangle { a: f64, b: f64, c: f64 }

impl Named for Circle { fn name(&self) -> String { "circle".into() } }
impl Named for Rect {
    fn name(&self) -> String {
        if self.w == self.h { "square".to_string() } else { "rectangle".to_string() }
    }
}
impl Named for Triangle { fn name(&self) -> String { String::from("triangle") } }

impl Shape for Circle {
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
    fn sides(&self) -> u32 { Self::SIDES }
}
impl SideCount for Circle { const SIDES: u32 = 0; }
impl SideCount for Rect { const SIDES: u32 = 4; }
impl SideCount for Triangle { const SIDES: u32 = 3; }

impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn sides(&self) -> u32 { Self::SIDES }
}
impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn sides(&self) -> u32 { Self::SIDES }
    fn summary(&self) -> String {
        format!("{:<10} sides={} area={:>8.3} perim={:>7.3} (heron)", self.name(), <Self as SideCount>::SIDES, self.area(), self.perimeter())
    }
}

struct Label<'a>(&'a dyn Shape);

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("<{}:{:.1}>", self.0.name(), self.0.area()))
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes
        .iter()
        .map(|b| b.as_ref())
        .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn total_area<'a>(shapes: impl IntoIterator<Item = &'a dyn Shape>) -> f64 {
    shapes.into_iter().map(|s| s.area()).sum()
}

fn make(kind: &str, dims: &[f64]) -> Option<Box<dyn Shape>> {
    match (kind, dims) {
        ("c", [r]) => Some(Box::new(Circle { r: *r })),
        ("r", [w, h]) => Some(Box::new(Rect { w: *w, h: *h })),
        ("s", [s]) => Some(Box::new(Rect { w: *s, h: *s })),
        ("t", [a, b, c]) if a + b > *c && a + c > *b && b + c > *a => Some(Box::new(Triangle { a: *a, b: *b, c: *c })),
        _ => None,
    }
}

fn main() {
    let spec = "c 1.5; r 3 4; s 2.5; t 3 4 5; t 1 1 5; x 9; c 0.5; r 10 0.2";
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    for part in spec.split(';').map(str::trim) {
        let mut it = part.split_whitespace();
        let kind = it.next().unwrap_or("");
        let dims: Vec<f64> = it.filter_map(|d| d.parse().ok()).collect();
        match make(kind, &dims) {
            Some(s) => shapes.push(s),
            None => println!("rejected: {part:?}"),
        }
    }
    for s in &shapes {
        println!("{}", s.summary());
    }
    shapes.sort_by(|a, b| b.compactness().partial_cmp(&a.compactness()).unwrap());
    for s in shapes.iter() {
        println!("{:>16} compactness {:.4}", Label(s.as_ref()), s.compactness());
    }
    if let Some(big) = largest(&shapes) {
        println!("largest: {:?}", big);
    }
    println!("total area: {:.3}", total_area(shapes.iter().map(|b| b.as_ref())));
    let polys = shapes.iter().filter(|s| s.sides() > 0).count();
    println!("polygons: {polys}, round: {}", shapes.len() - polys);
}
