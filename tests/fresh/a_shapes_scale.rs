// Shapes with a mutable trait method (scale), default methods, and generic vs dyn helpers.
use std::fmt::{self, Display};

trait Shape: Display {
    fn area(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self, self.area())
    }
    fn is_larger_than(&self, other: &dyn Shape) -> bool {
        self.area() > other.area()
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Square(f64);
#[derive(Debug, Clone, PartialEq)]
struct Ellipse {
    a: f64,
    b: f64,
}

impl Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Square[{:.2}]", self.0)
    }
}
impl Display for Ellipse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ellipse[{:.2} x {:.2}]", self.a, self.b)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn scale(&mut self, k: f64) {
        self.0 *= k;
    }
}
impl Shape for Ellipse {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.a * self.b
    }
    fn scale(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
    }
    fn describe(&self) -> String {
        let kind = if (self.a - self.b).abs() < 1e-9 { "circle-like" } else { "oval" };
        format!("{} ({}) with area {:.2}", self, kind, self.area())
    }
}

fn grow_until<S: Shape + ?Sized>(shape: &mut S, target: f64) -> u32 {
    let mut steps = 0;
    while shape.area() < target {
        shape.scale(1.5);
        steps += 1;
    }
    steps
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut sq = Square(1.0);
    let n = grow_until(&mut sq, 20.0);
    println!("square needed {} steps: {}", n, sq.describe());

    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Ellipse { a: 1.0, b: 2.0 }), Box::new(Ellipse { a: 1.5, b: 1.5 })];
    println!("before: total {:.3}", total_area(&shapes));
    for (i, s) in shapes.iter_mut().enumerate() {
        s.scale(1.0 + i as f64 * 0.5);
    }
    for s in &shapes {
        println!("  {}", s.describe());
    }
    println!("after: total {:.3}", total_area(&shapes));
    let steps: Vec<u32> = shapes.iter_mut().map(|s| grow_until(s.as_mut(), 50.0)).collect();
    println!("steps to reach 50: {:?}", steps);
    for s in &shapes {
        println!("  {}", s.describe());
    }
    let (first, rest) = shapes.split_first().unwrap();
    for other in rest {
        println!("{} larger than {}? {}", first, other, first.is_larger_than(other.as_ref()));
    }
    let before = Ellipse { a: 2.0, b: 3.0 };
    let mut after = before.clone();
    after.scale(1.0);
    println!("scale by 1 keeps equal: {}", before == after);
}
