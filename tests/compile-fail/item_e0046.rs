trait T { fn a(&self); fn b(&self); }
struct S;
impl T for S { fn a(&self) {} }
fn main() { S.a(); println!("ok"); }
