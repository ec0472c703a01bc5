mod shapes {
    struct Square(u32);
    pub fn unit() -> u32 { Square(1).0 }
}
fn main() {
    let s = shapes::Square(2);
    println!("{}", shapes::unit());
}
