// Shapes as trait objects: Vec<Box<dyn Shape>>, area/perimeter, Display for each, totals.
use std::f64::consts::PI;
use std::fmt;

trait Shape: fmt::Display {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> &'static str;
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn name(&self) -> &'static str {
        if self.w == self.h { "square" } else { "rectangle" }
    }
}
impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
    fn name(&self) -> &'static str {
        "triangle"
    }
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Circle(r={})", self.r)
    }
}
impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Rect({}x{})", self.w, self.h)
    }
}
impl fmt::Display for Triangle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Triangle({}, {}, {})", self.a, self.b, self.c)
    }
}

fn describe(s: &dyn Shape) -> String {
    format!("{:<22} {:<10} area {:>9.3}  perimeter {:>8.3}", s.to_string(), s.name(), s.area(), s.perimeter())
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 4.5 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Rect { w: 2.0, h: 2.0 }),
        Box::new(Circle { r: 0.25 }),
    ];
    for s in &shapes {
        println!("{}", describe(s.as_ref()));
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area: {:.4}", total);
    let biggest = shapes.iter().max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap()).unwrap();
    println!("biggest: {}", biggest);
    let round: Vec<String> = shapes.iter().filter(|s| s.name() == "circle").map(|s| s.to_string()).collect();
    println!("circles: {}", round.join(" and "));
    let ratio: Vec<String> = shapes.iter().map(|s| format!("{:.2}", s.area() / s.perimeter())).collect();
    println!("area/perimeter: [{}]", ratio.join(", "));
    println!("share of total: {}", shapes.iter().map(|s| format!("{:.0}%", 100.0 * s.area() / total)).collect::<Vec<_>>().join(" "));
}
