#[derive(Clone, Copy)]
struct S { v: Vec<i32> }
fn main() { let s = S { v: vec![] }; println!("{}", s.v.len()); }
