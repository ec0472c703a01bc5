mod shapes {
    pub struct Circle { pub r: f64 }
}

use shapes::round::Circle;

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", c.r);
}
