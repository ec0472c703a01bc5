mod m { pub struct S { pub a: u8, b: u32 } }
fn main() { println!("{}", std::mem::offset_of!(m::S, b)); }
