#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[inline_always]
fn norm(p: &Point) -> i32 { p.x.abs() + p.y.abs() }

fn main() {
    println!("{}", norm(&Point { x: 3, y: -4 }));
}
