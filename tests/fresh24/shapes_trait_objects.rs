use std::f64::consts::PI;
use std::fmt::{self, Debug, Display};

trait Shape: Debug {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn describe(&self) -> String {
        format!("{} area={:.2} perim={:.2}", self.name(), self.area(), self.perimeter())
    }
}

#[derive(Debug, Clone)]
struct Circle {
    r: f64,
}
#[derive(Debug, Clone)]
struct Rect {
    w: f64,
    h: f64,
}
#[derive(Debug, Clone)]
struct Polygon {
    pts: Vec<(f64, f64)>,
}

impl Shape for Circle {
    fn name(&self) -> String { format!("circle(r={})", self.r) }
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
    fn scale(&mut self, k: f64) { self.r *= k; }
}

impl Shape for Rect {
    fn name(&self) -> String {
        if self.w == self.h { format!("square({})", self.w) } else { format!("rect({}x{})", self.w, self.h) }
    }
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn scale(&mut self, k: f64) { self.w *= k; self.h *= k; }
}

impl Shape for Polygon {
    fn name(&self) -> String { format!("polygon[{}]", self.pts.len()) }
    fn area(&self) -> f64 {
        let n = self.pts.len();
        let twice: f64 = (0..n)
            .map(|i| {
                let (x1, y1) = self.pts[i];
                let (x2, y2) = self.pts[(i + 1) % n];
                x1 * y2 - x2 * y1
            })
            .sum();
        twice.abs() / 2.0
    }
    fn perimeter(&self) -> f64 {
        self.pts
            .iter()
            .zip(self.pts.iter().cycle().skip(1))
            .map(|(a, b)| ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt())
            .sum()
    }
    fn scale(&mut self, k: f64) {
        for p in self.pts.iter_mut() {
            p.0 *= k;
            p.1 *= k;
        }
    }
}

struct Report<'a>(&'a [Box<dyn Shape>]);

impl Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<18}|{:>10}|{:>10}", "shape", "area", "perimeter")?;
        writeln!(f, "{}", "-".repeat(40))?;
        for s in self.0 {
            writeln!(f, "{:<18}|{:>10.3}|{:>10.3}", s.name(), s.area(), s.perimeter())?;
        }
        let total: f64 = self.0.iter().map(|s| s.area()).sum();
        write!(f, "{:<18}|{:>10.3}|", "TOTAL", total)
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().total_cmp(&b.area()))
}

fn make(kind: &str, args: &[f64]) -> Option<Box<dyn Shape>> {
    match (kind, args) {
        ("circle", [r]) => Some(Box::new(Circle { r: *r })),
        ("rect", [w, h]) => Some(Box::new(Rect { w: *w, h: *h })),
        ("square", &[s]) => Some(Box::new(Rect { w: s, h: s })),
        ("poly", pts) if pts.len() >= 6 && pts.len() % 2 == 0 => {
            Some(Box::new(Polygon { pts: pts.chunks(2).map(|c| (c[0], c[1])).collect() }))
        }
        _ => None,
    }
}

fn main() {
    let specs: Vec<(&str, Vec<f64>)> = vec![
        ("circle", vec![1.5]),
        ("rect", vec![3.0, 4.5]),
        ("square", vec![2.0]),
        ("poly", vec![0.0, 0.0, 4.0, 0.0, 4.0, 3.0]),
        ("poly", vec![0.0, 0.0, 1.0]),
        ("hexagon", vec![1.0]),
    ];
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    for (k, a) in &specs {
        match make(k, a) {
            Some(s) => shapes.push(s),
            None => println!("cannot build {} from {:?}", k, a),
        }
    }
    println!("{}", Report(&shapes));
    if let Some(big) = largest(&shapes) {
        println!("largest: {}", big.describe());
    }
    for s in shapes.iter_mut().filter(|s| s.area() < 10.0) {
        s.scale(2.0);
    }
    shapes.sort_by(|a, b| b.perimeter().partial_cmp(&a.perimeter()).unwrap());
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("{:?}", shapes[shapes.len() - 1]);
}
