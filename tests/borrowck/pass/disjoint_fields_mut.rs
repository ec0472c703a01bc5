#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let px = &mut p.x;
    let py = &mut p.y;
    *px += 10;
    *py += 20;
    std::mem::swap(px, py);
    println!("{:?}", p);
}
