use std::mem::offset_of;
enum E { A(u8), B { x: u32 } }
fn main() { println!("{}", offset_of!(E, A)); println!("{}", offset_of!(u32, 0)); let _ = E::B { x: 1 }; }
