struct Point {
    x: i32,
    y: i32,
}

fn move_right(p: &Point) {
    p.x += 1;
}

fn main() {
    let mut p = Point { x: 0, y: 0 };
    move_right(&p);
    println!("{} {}", p.x, p.y);
}
