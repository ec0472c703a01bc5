#[derive(Debug)]
enum Shape {
    Circle { label: String, r: f64 },
    Rect(String, f64, f64),
}

fn describe(s: &Shape) -> String {
    match s {
        Shape::Circle { label, r } => format!("{} circle r={}", label, r),
        Shape::Rect(label, w, h) => format!("{} rect {}x{}", label, w, h),
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle { label: "wheel".into(), r: 2.0 },
        Shape::Rect("door".into(), 1.0, 2.5),
    ];
    for s in &shapes {
        println!("{}", describe(s));
    }
    println!("{:?}", shapes[0]);
}
