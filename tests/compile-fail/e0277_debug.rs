struct S { a: i32 }
fn main() { let s = S { a: 1 }; println!("{:?}", s); }
