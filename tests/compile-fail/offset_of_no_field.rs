use std::mem::offset_of;
struct S { a: u8, b: u32 }
fn main() { println!("{}", offset_of!(S, c)); let s = S { a: 1, b: 2 }; let _ = (s.a, s.b); }
