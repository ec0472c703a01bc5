use std::mem::{align_of, discriminant, size_of};
use std::num::NonZeroU32;

#[derive(Debug)]
enum Shape {
    Point,
    Circle(f64),
    Rect { w: u32, h: u32 },
    Label(String),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low,
    Mid,
    High,
}

#[allow(dead_code)]
enum Tree {
    Leaf(u8),
    Node(Box<Tree>, Box<Tree>),
}

fn report<T>(name: &str) {
    println!("{:<26} size={:>2} align={}", name, size_of::<T>(), align_of::<T>());
}

fn describe(id: Option<NonZeroU32>) -> String {
    match id {
        Some(n) => format!("user #{}", n),
        None => String::from("anonymous"),
    }
}

fn main() {
    println!("== pointers and their options ==");
    report::<Box<u64>>("Box<u64>");
    report::<Option<Box<u64>>>("Option<Box<u64>>");
    report::<&u8>("&u8");
    report::<Option<&u8>>("Option<&u8>");
    report::<Option<&[u8]>>("Option<&[u8]>");

    println!("== integers and niches ==");
    report::<u32>("u32");
    report::<Option<u32>>("Option<u32>");
    report::<NonZeroU32>("NonZeroU32");
    report::<Option<NonZeroU32>>("Option<NonZeroU32>");
    report::<bool>("bool");
    report::<Option<bool>>("Option<bool>");
    report::<Option<Option<bool>>>("Option<Option<bool>>");
    report::<char>("char");
    report::<Option<char>>("Option<char>");

    println!("== enums ==");
    report::<Level>("Level");
    report::<Option<Level>>("Option<Level>");
    report::<Shape>("Shape");
    report::<Option<Shape>>("Option<Shape>");
    report::<Tree>("Tree");
    report::<Result<u32, ()>>("Result<u32, ()>");
    report::<Result<u64, String>>("Result<u64, String>");

    println!("== discriminants ==");
    let shapes = vec![
        Shape::Point,
        Shape::Circle(1.5),
        Shape::Circle(9.0),
        Shape::Rect { w: 3, h: 4 },
        Shape::Label("hi".to_string()),
    ];
    for (i, a) in shapes.iter().enumerate() {
        let same: Vec<usize> = shapes
            .iter()
            .enumerate()
            .filter(|(_, b)| discriminant(a) == discriminant(*b))
            .map(|(j, _)| j)
            .collect();
        println!("shape[{}] = {:?} shares variant with {:?}", i, a, same);
    }
    let lv = [Level::Low, Level::Mid, Level::High];
    for l in lv {
        println!("{:?} as discriminant value {}", l, l as u8);
    }

    println!("== NonZero ==");
    let ids = [0u32, 7, 42, 0, 1];
    for raw in ids {
        let nz = NonZeroU32::new(raw);
        println!("raw {:>2} -> {:?} -> {}", raw, nz, describe(nz));
    }
    let total: u32 = ids.iter().filter_map(|&r| NonZeroU32::new(r)).map(|n| n.get()).sum();
    println!("sum of valid ids = {}", total);
    println!(
        "saved bytes for 1000 optional ids: {}",
        1000 * (size_of::<Option<u32>>() - size_of::<Option<NonZeroU32>>())
    );
}
