mod units {
    pub struct Meters(f64);
    pub fn new(m: f64) -> Meters { Meters(m) }
}
fn main() {
    let m = units::new(2.0);
    println!("{}", m.0);
}
