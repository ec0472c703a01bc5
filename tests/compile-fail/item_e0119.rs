trait T { fn a(&self) -> i32; }
impl<X> T for X { fn a(&self) -> i32 { 1 } }
impl T for i32 { fn a(&self) -> i32 { 2 } }
fn main() { println!("{}", 5i32.a()); }
