// Geometry helper: printing a struct with {} although it only derives Debug.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn distance(&self, other: &Point) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

fn perimeter(points: &[Point]) -> f64 {
    let mut total = 0.0;
    for i in 0..points.len() {
        let next = points[(i + 1) % points.len()];
        total += points[i].distance(&next);
    }
    total
}

fn main() {
    let triangle = [
        Point { x: 0.0, y: 0.0 },
        Point { x: 3.0, y: 0.0 },
        Point { x: 0.0, y: 4.0 },
    ];

    for p in &triangle {
        // Mistake: Point does not implement Display.
        println!("vertex {}", p);
    }
    println!("perimeter = {:.2}", perimeter(&triangle));
}
