// A value whose type does not implement the trait cannot become a trait object of it.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Rock;

impl Speak for Dog {
    fn speak(&self) -> String { String::from("woof") }
}

fn main() {
    let things: Vec<Box<dyn Speak>> = vec![Box::new(Dog), Box::new(Rock)];
    println!("{}", things.len());
}
