#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f32,
    y: f32,
}

fn length(v: Vec2) -> f32 {
    (v.x * v.x + v.y * v.y).sqrt()
}

fn main() {
    let v = Vec2 { x: 3.0, y: 4.0 };
    let w = v;
    println!("{} {}", length(v), length(w));
    let n = 5u64;
    let m = n;
    let pair = (n, m);
    let moved_pair = pair;
    println!("{:?} {:?} {:?}", v, pair, moved_pair);
}
