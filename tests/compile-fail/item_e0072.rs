struct L { v: i32, next: Option<L> }
fn main() { println!("x"); }
