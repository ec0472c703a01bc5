use std::f64::consts::PI;
use std::fmt::Debug;

trait Shape: Debug {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn describe(&self) -> String {
        format!("{:<22} area={:>8.3} perim={:>7.3}", self.name(), self.area(), self.perimeter())
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Circle { r: f64 }
#[derive(Debug, Clone, PartialEq)]
struct Rect { w: f64, h: f64 }
#[derive(Debug, Clone, PartialEq)]
struct Triangle { a: f64, b: f64, c: f64 }
#[derive(Debug, Clone, PartialEq)]
struct RegularPolygon { sides: u32, side_len: f64 }

impl Shape for Circle {
    fn name(&self) -> String { format!("Circle(r={})", self.r) }
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
    fn scale(&mut self, k: f64) { self.r *= k; }
}

impl Shape for Rect {
    fn name(&self) -> String {
        if self.w == self.h { format!("Square({})", self.w) } else { format!("Rect({}x{})", self.w, self.h) }
    }
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn scale(&mut self, k: f64) { self.w *= k; self.h *= k; }
}

impl Triangle {
    fn new(a: f64, b: f64, c: f64) -> Option<Triangle> {
        if a + b > c && a + c > b && b + c > a { Some(Triangle { a, b, c }) } else { None }
    }
}

impl Shape for Triangle {
    fn name(&self) -> String { format!("Tri({},{},{})", self.a, self.b, self.c) }
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn scale(&mut self, k: f64) { self.a *= k; self.b *= k; self.c *= k; }
}

impl Shape for RegularPolygon {
    fn name(&self) -> String { format!("{}-gon(side={})", self.sides, self.side_len) }
    fn area(&self) -> f64 {
        let n = self.sides as f64;
        n * self.side_len * self.side_len / (4.0 * (PI / n).tan())
    }
    fn perimeter(&self) -> f64 { self.sides as f64 * self.side_len }
    fn scale(&mut self, k: f64) { self.side_len *= k; }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn print_one(s: &impl Shape) { println!("single: {}", s.describe()); }

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.0 }),
        Box::new(Rect { w: 3.0, h: 4.0 }),
        Box::new(Rect { w: 2.5, h: 2.5 }),
        Box::new(RegularPolygon { sides: 6, side_len: 2.0 }),
    ];
    for (a, b, c) in [(3.0, 4.0, 5.0), (1.0, 2.0, 10.0), (5.0, 5.0, 5.0)] {
        match Triangle::new(a, b, c) {
            Some(t) => shapes.push(Box::new(t)),
            None => println!("rejected triangle ({}, {}, {})", a, b, c),
        }
    }
    for s in &shapes { println!("{}", s.describe()); }
    println!("total area = {:.4}", total_area(&shapes));
    if let Some(big) = largest(&shapes) { println!("largest: {}", big.name()); }
    shapes.iter_mut().filter(|s| s.area() < 5.0).for_each(|s| s.scale(2.0));
    println!("-- after doubling small shapes --");
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    for s in &shapes { println!("{}", s.describe()); }
    println!("total area = {:.4}", total_area(&shapes));
    let ratio: Vec<String> = shapes.iter().map(|s| format!("{:.2}", s.area() / s.perimeter())).collect();
    println!("area/perimeter: {}", ratio.join(" "));
    print_one(&Circle { r: 0.5 });
    println!("{:?}", shapes.first());
    println!("{:#?}", Rect { w: 1.0, h: 2.0 });
}
