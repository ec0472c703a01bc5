enum Shape {
    Circle { label: String, r: f64 },
    Dot,
}

fn describe(s: &Shape) -> String {
    match *s {
        Shape::Circle { label, r } => format!("{} r={}", label, r),
        Shape::Dot => String::from("dot"),
    }
}

fn main() {
    let c = Shape::Circle { label: String::from("wheel"), r: 2.0 };
    println!("{}", describe(&c));
    println!("{}", describe(&Shape::Dot));
}
