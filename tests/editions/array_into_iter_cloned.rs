// editions: 2015 2018 2021 2024
// `array.into_iter().cloned()`: `.cloned()` needs an iterator over references, which `into_iter()` on
// an array is before 2021; from 2021 it yields values (E0271).
#[derive(Clone, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn shifted(points: [Point; 3], dx: i32) -> Vec<Point> {
    points
        .into_iter()
        .cloned()
        .map(|mut p| {
            p.x += dx;
            p
        })
        .collect()
}

fn main() {
    let pts = [Point { x: 0, y: 0 }, Point { x: 5, y: -1 }, Point { x: -2, y: 8 }];
    let moved = shifted(pts.clone(), 10);
    for (a, b) in pts.iter().zip(moved.iter()) {
        println!("{:?} -> {:?}", a, b);
    }
}
