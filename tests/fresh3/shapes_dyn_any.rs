use std::any::Any;
use std::f64::consts::PI;
use std::fmt::{self, Debug, Display};

trait Named {
    fn name(&self) -> String;
}

trait Shape: Named + Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }
    fn scale(&mut self, k: f64);
    fn as_any(&self) -> &dyn Any;
}

#[derive(Debug, Clone)]
struct Circle { r: f64 }
#[derive(Debug, Clone)]
struct Rect { w: f64, h: f64 }
#[derive(Debug, Clone)]
struct Triangle { a: f64, b: f64, c: f64 }

impl Named for Circle { fn name(&self) -> String { "circle".into() } }
impl Named for Rect {
    fn name(&self) -> String { if self.w == self.h { "square".into() } else { "rectangle".into() } }
}
impl Named for Triangle { fn name(&self) -> String { String::from("triangle") } }

impl Shape for Circle {
    fn area(&self) -> f64 { PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.r }
    fn scale(&mut self, k: f64) { self.r *= k; }
    fn as_any(&self) -> &dyn Any { self }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn describe(&self) -> String { format!("{}x{} {}", self.w, self.h, self.name()) }
    fn scale(&mut self, k: f64) { self.w *= k; self.h *= k; }
    fn as_any(&self) -> &dyn Any { self }
}
impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn scale(&mut self, k: f64) { self.a *= k; self.b *= k; self.c *= k; }
    fn as_any(&self) -> &dyn Any { self }
}

struct Report<'a>(&'a [Box<dyn Shape>]);

impl Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            writeln!(f, "{:>2}: {}", i + 1, s.describe())?;
        }
        write!(f, "total area = {:.3}", self.0.iter().map(|s| s.area()).sum::<f64>())
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().total_cmp(&b.area()))
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 4.0 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Rect { w: 2.0, h: 2.0 }),
    ];
    println!("{}", Report(&shapes));
    for s in shapes.iter_mut().filter(|s| s.name() != "triangle") {
        s.scale(2.0);
    }
    println!("after scaling:\n{}", Report(&shapes));
    if let Some(big) = largest(&shapes) {
        println!("largest: {:?}", big);
    }
    let mut circles = 0;
    for s in &shapes {
        if let Some(c) = s.as_any().downcast_ref::<Circle>() {
            circles += 1;
            println!("found circle of radius {}", c.r);
        } else if let Some(r) = s.as_any().downcast_ref::<Rect>() {
            println!("rect ratio {:.3}", r.w / r.h);
        } else {
            println!("other: {}", s.name());
        }
    }
    println!("circles: {circles}");
    let values: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new("text"), Box::new(2.5f64), Box::new(String::from("owned"))];
    for v in values {
        match v.downcast::<i32>() {
            Ok(i) => println!("i32 {}", i),
            Err(v) => match v.downcast::<String>() {
                Ok(s) => println!("String {:?}", s),
                Err(v) => println!("other, is &str: {}, is f64: {}", v.is::<&str>(), v.is::<f64>()),
            },
        }
    }
    shapes.sort_by(|a, b| b.perimeter().partial_cmp(&a.perimeter()).unwrap());
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("{names:?}");
}
