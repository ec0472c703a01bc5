// Shapes: calling a method that was never defined on the type.
struct Rectangle {
    width: f64,
    height: f64,
}

impl Rectangle {
    fn new(width: f64, height: f64) -> Self {
        Rectangle { width, height }
    }

    fn area(&self) -> f64 {
        self.width * self.height
    }

    fn is_square(&self) -> bool {
        (self.width - self.height).abs() < f64::EPSILON
    }
}

fn main() {
    let shapes = vec![
        Rectangle::new(3.0, 4.0),
        Rectangle::new(5.0, 5.0),
        Rectangle::new(2.5, 10.0),
    ];

    for r in &shapes {
        // Mistake: there is no `perimeter` method on Rectangle.
        println!(
            "{}x{}: area {:.1}, perimeter {:.1}, square: {}",
            r.width,
            r.height,
            r.area(),
            r.perimeter(),
            r.is_square()
        );
    }
}
