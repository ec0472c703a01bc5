// Trait functions without a receiver: Self from a qualified path or from the type expected of
// `-> Self`; an inherent function of the same name is a different function.
trait Animal {
    fn new(name: &'static str) -> Self;
    fn baby_name() -> String;
    fn name(&self) -> &'static str;
}

struct Dog {
    name: &'static str,
}

impl Dog {
    fn baby_name() -> String {
        String::from("Spot")
    }
}

impl Animal for Dog {
    fn new(name: &'static str) -> Dog {
        Dog { name }
    }
    fn baby_name() -> String {
        String::from("puppy")
    }
    fn name(&self) -> &'static str {
        self.name
    }
}

fn main() {
    let d: Dog = Animal::new("Rex");
    println!("{} / {} / {}", d.name(), Dog::baby_name(), <Dog as Animal>::baby_name());
}
