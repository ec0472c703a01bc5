use std::mem;
use std::mem::{align_of, size_of, size_of_val};

#[allow(dead_code)]
struct Padded {
    a: u8,
    b: u64,
    c: u16,
}

#[allow(dead_code)]
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(u32),
    Empty,
}

fn main() {
    println!("{} {}", size_of::<Padded>(), align_of::<Padded>());
    println!("{} {}", mem::size_of::<Shape>(), std::mem::align_of::<(u8, u32)>());
    println!("{}", size_of::<Option<&u8>>());
    let shapes = [Shape::Circle(1.5), Shape::Square(2), Shape::Empty];
    for s in shapes {
        println!("{:?} takes {} bytes", s, size_of_val(&s));
    }
    let mut total = 0;
    for (i, x) in [(1, 10), (2, 20), (3, 30)] {
        total += i * x;
    }
    println!("total {total}");
}
