trait T { fn a(&self); }
struct S;
impl T for S { fn a(&self) {} fn c(&self) {} }
fn main() { S.a(); println!("ok"); }
