trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let shape: Box<dyn Shape> = Box::new(Square(3.0));
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(shape);
    println!("area {}", shape.area());
    println!("{}", shapes.len());
}
