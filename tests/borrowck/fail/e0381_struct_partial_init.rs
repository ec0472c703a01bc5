#[derive(Debug)]
struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let p: Point;
    let scale = 2.0;
    if scale > 1.0 {
        println!("scaling by {}", scale);
    }
    let len = (p.x * p.x + p.y * p.y).sqrt() * scale;
    println!("len {}", len);
}
