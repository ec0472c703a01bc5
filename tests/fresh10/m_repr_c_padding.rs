use std::mem::{align_of, offset_of, size_of, size_of_val};

#[allow(dead_code)]
struct Mixed {
    a: u8,
    b: u64,
    c: u16,
    d: u8,
}

#[allow(dead_code)]
#[repr(C)]
struct MixedC {
    a: u8,
    b: u64,
    c: u16,
    d: u8,
}

#[allow(dead_code)]
#[repr(C)]
struct SortedC {
    b: u64,
    c: u16,
    a: u8,
    d: u8,
}

#[repr(C, packed)]
struct Packed {
    a: u8,
    b: u64,
    c: u16,
}

#[allow(dead_code)]
#[repr(C, align(16))]
struct Aligned16 {
    x: u32,
}

#[allow(dead_code)]
#[repr(u8)]
#[derive(Clone, Copy, Debug)]
enum Opcode {
    Nop = 0,
    Load = 10,
    Store = 20,
    Halt = 255,
}

#[derive(Clone, Copy)]
#[repr(C)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    println!("Mixed      size={} align={}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("MixedC     size={} align={}", size_of::<MixedC>(), align_of::<MixedC>());
    println!(
        "MixedC offsets a={} b={} c={} d={}",
        offset_of!(MixedC, a),
        offset_of!(MixedC, b),
        offset_of!(MixedC, c),
        offset_of!(MixedC, d)
    );
    println!("SortedC    size={} align={}", size_of::<SortedC>(), align_of::<SortedC>());
    println!(
        "SortedC offsets b={} c={} a={} d={}",
        offset_of!(SortedC, b),
        offset_of!(SortedC, c),
        offset_of!(SortedC, a),
        offset_of!(SortedC, d)
    );
    println!("Packed     size={} align={}", size_of::<Packed>(), align_of::<Packed>());
    println!("Aligned16  size={} align={}", size_of::<Aligned16>(), align_of::<Aligned16>());
    let padding = size_of::<MixedC>() - (1 + 8 + 2 + 1);
    println!("MixedC wastes {} padding bytes", padding);

    let p = Packed { a: 1, b: 0x0102_0304_0506_0708, c: 9 };
    let b_copy = p.b; // copy out; no reference to packed field
    let c_copy = p.c;
    println!("packed values a={} b={:#x} c={}", p.a, b_copy, c_copy);

    println!("-- tuples --");
    println!("(u8, u32)        = {}", size_of::<(u8, u32)>());
    println!("(u8, u16, u8)    = {}", size_of::<(u8, u16, u8)>());
    println!("(u64, u8)        = {}", size_of::<(u64, u8)>());
    println!("((), u8, ())     = {}", size_of::<((), u8, ())>());
    println!("(char, bool)     = {}", size_of::<(char, bool)>());

    println!("-- arrays and slices --");
    let nums: [u16; 5] = [1, 2, 3, 4, 5];
    let pixels = [Pixel { r: 255, g: 0, b: 0 }; 4];
    println!("[u16; 5] = {}", size_of_val(&nums));
    println!("[Pixel; 4] = {} (Pixel={})", size_of_val(&pixels), size_of::<Pixel>());
    let mid = &nums[1..4];
    println!("slice nums[1..4] len={} bytes={}", mid.len(), size_of_val(mid));
    println!("reference to slice itself = {} bytes", size_of_val(&mid));
    let red_total: u32 = pixels.iter().map(|px| px.r as u32 + px.g as u32 + px.b as u32).sum();
    println!("sum of channels = {}", red_total);

    println!("-- repr(u8) enum --");
    println!("Opcode size={}", size_of::<Opcode>());
    let program = [Opcode::Load, Opcode::Nop, Opcode::Store, Opcode::Halt];
    let bytes: Vec<u8> = program.iter().map(|op| *op as u8).collect();
    println!("program {:?} encodes to {:?}", program, bytes);
    println!("encoded program takes {} bytes", size_of_val(&program));
}
