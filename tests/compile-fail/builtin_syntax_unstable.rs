struct S { a: u8, b: u32 }
fn main() { println!("{}", builtin # offset_of(S, b)); let s = S { a: 1, b: 2 }; let _ = (s.a, s.b); }
