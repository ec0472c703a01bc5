use std::f64::consts::PI;
use std::fmt;

trait Shape: fmt::Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        let dbg = format!("{:?}", self);
        dbg.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("?").to_string()
    }
    fn scale(&mut self, k: f64);
}

#[derive(Debug)]
struct Circle {
    r: f64,
}

#[derive(Debug)]
struct Rect {
    w: f64,
    h: f64,
}

#[derive(Debug)]
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
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn name(&self) -> String {
        if self.w == self.h { "Square".into() } else { "Rect".into() }
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

impl Triangle {
    fn new(a: f64, b: f64, c: f64) -> Option<Triangle> {
        let mut s = [a, b, c];
        s.sort_by(|x, y| x.partial_cmp(y).unwrap());
        (s[0] > 0.0 && s[0] + s[1] > s[2]).then_some(Triangle { a, b, c })
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
    fn scale(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
        self.c *= k;
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes
        .iter()
        .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
        .map(|b| b.as_ref())
}

fn describe(s: &dyn Shape) -> String {
    format!("{:<8} area {:>9.3}  perimeter {:>8.3}", s.name(), s.area(), s.perimeter())
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 4.0 }),
        Box::new(Rect { w: 2.5, h: 2.5 }),
        Box::new(Circle { r: 0.5 }),
    ];
    for sides in [(3.0, 4.0, 5.0), (1.0, 1.0, 3.0), (2.0, 2.0, 2.0)] {
        match Triangle::new(sides.0, sides.1, sides.2) {
            Some(t) => shapes.push(Box::new(t)),
            None => println!("not a triangle: {sides:?}"),
        }
    }

    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    println!("sorted by area:");
    for s in &shapes {
        println!("  {}", describe(s.as_ref()));
    }

    shapes.sort_by(|a, b| b.perimeter().total_cmp(&a.perimeter()));
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("by perimeter desc: {}", names.join(", "));

    for s in shapes.iter_mut().filter(|s| s.area() < 5.0) {
        s.scale(2.0);
    }
    println!("after doubling small ones:");
    for s in shapes.iter() {
        println!("  {:?}", s);
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {total:.2}");
    if let Some(big) = largest(&shapes) {
        println!("largest: {}", describe(big));
    }
    let empty: Vec<Box<dyn Shape>> = Vec::new();
    println!("largest of none: {:?}", largest(&empty).map(|s| s.name()));
}
