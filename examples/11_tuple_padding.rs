// Tour stop 11: (char, u8, i32) is 12 bytes with alignment 4: the compiler orders the
// fields to waste as little as possible, and 3 bytes remain padding.
use std::mem::{align_of, size_of};

#[repr(C)]
struct InOrder {
    a: u8,
    b: u32,
    c: u8,
}

struct Reordered {
    a: u8,
    b: u32,
    c: u8,
}

fn main() {
    println!("(char, u8, i32): size {}, align {}", size_of::<(char, u8, i32)>(), align_of::<(char, u8, i32)>());
    println!("repr(C) {{ u8, u32, u8 }}: size {}", size_of::<InOrder>());
    println!("repr(Rust) {{ u8, u32, u8 }}: size {}", size_of::<Reordered>());
    let r = Reordered { a: 1, b: 2, c: 3 };
    let s = InOrder { a: 1, b: 2, c: 3 };
    println!("{} {}", r.a + r.c + s.a + s.c, r.b + s.b);
}
