trait T { fn a(&self, x: i32) -> i32; }
struct S;
impl T for S { fn a(&self, x: u32) -> i32 { x as i32 } }
fn main() { println!("{}", S.a(1)); }
