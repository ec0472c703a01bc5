// repr attributes and field offsets.
use std::mem::{align_of, offset_of, size_of};

#[allow(dead_code)]
struct Plain {
    a: u8,
    b: u32,
    c: u16,
}

#[allow(dead_code)]
#[repr(C)]
struct CLike {
    a: u8,
    b: u32,
    c: u16,
}

#[allow(dead_code)]
#[repr(C, packed)]
struct Packed {
    a: u8,
    b: u32,
    c: u16,
}

#[allow(dead_code)]
#[repr(align(16))]
struct Aligned {
    x: u32,
}

#[allow(dead_code)]
#[repr(C)]
struct Outer {
    tag: u8,
    inner: CLike,
    tail: Aligned,
}

#[allow(dead_code)]
#[repr(u8)]
#[derive(Debug, Clone, Copy)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 40,
}

#[allow(dead_code)]
#[repr(u16)]
enum Command {
    Stop,
    Move { dx: i8, dy: i8 },
    Say(u32),
}

fn report(name: &str, size: usize, align: usize) {
    println!("{name:>8}: size {size:>2}, align {align:>2}, padding-ish {}", size % 8);
}

fn main() {
    report("Plain", size_of::<Plain>(), align_of::<Plain>());
    report("CLike", size_of::<CLike>(), align_of::<CLike>());
    report("Packed", size_of::<Packed>(), align_of::<Packed>());
    report("Aligned", size_of::<Aligned>(), align_of::<Aligned>());
    report("Outer", size_of::<Outer>(), align_of::<Outer>());
    report("Color", size_of::<Color>(), align_of::<Color>());
    report("Command", size_of::<Command>(), align_of::<Command>());

    println!("CLike offsets: a={} b={} c={}", offset_of!(CLike, a), offset_of!(CLike, b), offset_of!(CLike, c));
    println!("Packed offsets: a={} b={} c={}", offset_of!(Packed, a), offset_of!(Packed, b), offset_of!(Packed, c));
    println!("Outer offsets: tag={} inner={} tail={}", offset_of!(Outer, tag), offset_of!(Outer, inner), offset_of!(Outer, tail));
    println!("Outer.inner.c at {}", offset_of!(Outer, inner.c));

    // Plain has Rust layout: fields may be reordered, but the sum of offsets is fixed by the set.
    let mut offs = vec![offset_of!(Plain, a), offset_of!(Plain, b), offset_of!(Plain, c)];
    offs.sort();
    println!("Plain offsets sorted: {:?}", offs);

    let colors = [Color::Red, Color::Green, Color::Blue];
    let discs: Vec<u8> = colors.iter().map(|c| *c as u8).collect();
    println!("discriminants {:?}", discs);
    for c in colors {
        println!("{:?} -> {:#04x}", c, c as u8);
    }

    let p = Packed { a: 7, b: 0x01020304, c: 99 };
    // Copy fields out of a packed struct before using them (no references to unaligned fields).
    let b = p.b;
    let c = p.c;
    println!("packed values: a={} b={:#x} c={}", p.a, b, c);
    let arr_aligned = [Aligned { x: 1 }, Aligned { x: 2 }, Aligned { x: 3 }];
    println!("array of 3 Aligned = {} bytes", std::mem::size_of_val(&arr_aligned));
    let sum: u32 = arr_aligned.iter().map(|a| a.x).sum();
    println!("sum = {sum}");
    println!("Option<Color> size {}", size_of::<Option<Color>>());
    println!("Option<Command> size {}", size_of::<Option<Command>>());
}
