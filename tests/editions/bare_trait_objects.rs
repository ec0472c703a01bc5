// editions: 2015 2018 2021 2024
// Trait objects written without `dyn` (`Box<Shape>`, `&Shape`): accepted with a warning in 2015/2018,
// E0782 from 2021.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle {}", self.0)
    }
}

fn largest<'a>(shapes: &'a [Box<Shape>]) -> &'a Shape {
    let mut best = &shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = s;
        }
    }
    &**best
}

fn main() {
    let shapes: Vec<Box<Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.5)), Box::new(Square(1.0))];
    for s in &shapes {
        println!("{}: {}", s.name(), s.area());
    }
    println!("largest: {}", largest(&shapes).name());
}
