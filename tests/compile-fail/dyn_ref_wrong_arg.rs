// A method called through a trait object checks its arguments like any other.
trait Scale {
    fn scale(&self, by: u32) -> u32;
}

struct Unit;

impl Scale for Unit {
    fn scale(&self, by: u32) -> u32 { by }
}

fn main() {
    let s: Box<dyn Scale> = Box::new(Unit);
    println!("{}", s.scale("two"));
}
