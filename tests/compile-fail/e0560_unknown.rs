struct P { x: i32 }
fn main() { let p = P { x: 1, z: 2 }; println!("{}", p.x); }
