trait Shape { fn area(&self) -> u32; }
struct Square(u32);
struct Circle(u32);
impl Shape for Square { fn area(&self) -> u32 { self.0 * self.0 } }
impl Shape for Circle { fn area(&self) -> u32 { 3 * self.0 * self.0 } }
fn pick(square: bool) -> impl Shape {
    if square { Square(2) } else { Circle(1) }
}
fn main() {
    println!("{}", pick(true).area());
}
