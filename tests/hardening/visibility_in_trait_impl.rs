trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    pub fn area(&self) -> f64 { self.0 * self.0 }
}

fn main() {
    println!("{}", Square(2.0).area());
}
