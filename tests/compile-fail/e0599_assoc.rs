struct P;
fn main() { let p = P::create(); }
