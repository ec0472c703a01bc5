// Constants in patterns (at the root, and imported from a module) match their value; imported unit variants too.
mod limits {
    pub const MAX: u32 = 10;
    pub struct Unit;
}
use limits::MAX;
fn classify(n: u32) -> &'static str {
    match n {
        MAX => "max",
        _ => "other",
    }
}
fn main_module() {
    println!("{} {}", classify(10), classify(3));
    let u = limits::Unit;
    let _ = u;
}
#[derive(Debug)]
enum Color { Red, Green }
use Color::*;
const LIMIT: i32 = 3;
fn main_root() {
    let c = Green;
    match c { Red => println!("r"), Green => println!("g") }
    for n in 1..5 {
        match n { LIMIT => println!("limit"), x => println!("{}", x) }
    }
}
fn main() {
    main_module();
    main_root();
}
