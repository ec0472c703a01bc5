// A trait object has only its trait's (and supertraits') methods.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String { String::from("woof") }
}

impl Dog {
    fn fetch(&self) -> u32 { 1 }
}

fn main() {
    let d: &dyn Speak = &Dog;
    println!("{}", d.fetch());
}
