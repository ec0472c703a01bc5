// Scope item 8: a Display impl that prints while being formatted shows in rustc's order.
use std::fmt;

struct Noisy(u32);

impl fmt::Display for Noisy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        println!("formatting {}", self.0);
        write!(f, "<{}>", self.0)
    }
}

fn main() {
    println!("before {} after", Noisy(1));
    let s = format!("[{}|{}]", Noisy(2), Noisy(3));
    println!("{}", s);
    print!("x={} ", Noisy(4));
    println!("y");
}
