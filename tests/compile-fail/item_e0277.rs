trait T { type A: std::fmt::Display; fn a(&self) -> Self::A; }
struct S; struct N;
impl T for S { type A = N; fn a(&self) -> N { N } }
fn main() { let _ = S.a(); println!("ok"); }
