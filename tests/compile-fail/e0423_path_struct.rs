mod geo {
    pub struct Point { pub x: i32, pub y: i32 }
}
fn main() {
    let p = geo::Point;
}
