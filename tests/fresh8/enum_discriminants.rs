use std::mem::{discriminant, size_of};

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq)]
enum Opcode {
    Nop = 0,
    Load = 10,
    Store,
    Jump = 0x80,
    Halt = 255,
}

#[repr(i32)]
#[derive(Debug, Clone, Copy)]
enum Signed {
    Neg = -5,
    Zero = 0,
    Big = 1_000_000,
}

#[derive(Debug)]
enum Shape {
    Empty,
    Circle(f32),
    Rect { w: u16, h: u16 },
    Poly(Vec<(i32, i32)>),
}

#[allow(dead_code)]
enum Unit {
    A,
    B,
    C,
}

enum Never {}

fn area(s: &Shape) -> f32 {
    match s {
        Shape::Empty => 0.0,
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => (*w as f32) * (*h as f32),
        Shape::Poly(pts) => pts.len() as f32,
    }
}

fn main() {
    let ops = [Opcode::Nop, Opcode::Load, Opcode::Store, Opcode::Jump, Opcode::Halt];
    for op in ops {
        println!("{:?} as u8 = {}", op, op as u8);
    }
    println!("size_of Opcode = {}", size_of::<Opcode>());
    println!("size_of Option<Opcode> = {}", size_of::<Option<Opcode>>());

    let decoded: [u8; 4] = Opcode::Jump.as_byte_pair_demo();
    println!("decoded bytes = {:?}", decoded);

    for s in [Signed::Neg, Signed::Zero, Signed::Big] {
        println!("{:?} as i32 = {} size={}", s, s as i32, size_of::<Signed>());
    }

    let shapes = vec![
        Shape::Empty,
        Shape::Circle(2.0),
        Shape::Rect { w: 3, h: 4 },
        Shape::Poly(vec![(0, 0), (1, 0), (0, 1)]),
        Shape::Circle(1.0),
        Shape::Rect { w: 10, h: 1 },
    ];
    println!("size_of Shape = {}", size_of::<Shape>());
    println!("size_of Vec<(i32,i32)> = {}", size_of::<Vec<(i32, i32)>>());
    for (i, s) in shapes.iter().enumerate() {
        println!("shape {} {:?} area={}", i, s, area(s));
    }

    println!("same variant 1 vs 4? {}", discriminant(&shapes[1]) == discriminant(&shapes[4]));
    println!("same variant 2 vs 5? {}", discriminant(&shapes[2]) == discriminant(&shapes[5]));
    println!("same variant 0 vs 1? {}", discriminant(&shapes[0]) == discriminant(&shapes[1]));
    println!("same variant 3 vs 2? {}", discriminant(&shapes[3]) == discriminant(&shapes[2]));

    let mut counts = [0usize; 4];
    for s in &shapes {
        let idx = match s {
            Shape::Empty => 0,
            Shape::Circle(_) => 1,
            Shape::Rect { .. } => 2,
            Shape::Poly(_) => 3,
        };
        counts[idx] += 1;
    }
    println!("variant counts = {:?}", counts);

    println!("size_of Unit (3 variants) = {}", size_of::<Unit>());
    println!("size_of Never = {}", size_of::<Never>());
    println!("size_of Option<Never> = {}", size_of::<Option<Never>>());
    println!("size_of Result<u32, Never> = {}", size_of::<Result<u32, Never>>());

    let a = Some(5u8);
    let b = Some(9u8);
    let c: Option<u8> = None;
    println!("Some(5) ~ Some(9): {}", discriminant(&a) == discriminant(&b));
    println!("Some(5) ~ None: {}", discriminant(&a) == discriminant(&c));
}

impl Opcode {
    fn as_byte_pair_demo(self) -> [u8; 4] {
        let code = self as u8;
        [code, code >> 4, code & 0x0F, Opcode::Store as u8]
    }
}
