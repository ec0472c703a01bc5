fn f() -> bool { 5 }
fn main() { println!("{}", f()); }
