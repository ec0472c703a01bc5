// Traits with required and default methods, supertraits, overriding a default, calls through
// method syntax, Type::method and Trait::method(&x), and trait impls for primitives.
trait Named {
    fn name(&self) -> &'static str;
}

trait Animal: Named {
    fn new(name: &'static str, legs: u32) -> Self;
    fn legs(&self) -> u32;
    fn noise(&self) -> &'static str { "..." }
    fn describe(&self) {
        println!("{} has {} legs and says {}", self.name(), self.legs(), self.noise());
    }
}

struct Dog { name: &'static str, legs: u32 }
struct Bird { name: &'static str }

impl Named for Dog { fn name(&self) -> &'static str { self.name } }
impl Named for Bird { fn name(&self) -> &'static str { self.name } }

impl Animal for Dog {
    fn new(name: &'static str, legs: u32) -> Dog { Dog { name, legs } }
    fn legs(&self) -> u32 { self.legs }
    fn noise(&self) -> &'static str { "woof" }
}

impl Animal for Bird {
    fn new(name: &'static str, _legs: u32) -> Self { Bird { name } }
    fn legs(&self) -> u32 { 2 }
    fn describe(&self) {
        println!("{} flies away ({} legs)", self.name(), Self::legs(self));
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i64 {
    fn double(&self) -> i64 { *self * 2 }
}

impl Double for bool {
    fn double(&self) -> bool { !*self }
}

fn main() {
    let rex = Dog::new("Rex", 4);
    let tweety = Bird::new("Tweety", 7);
    rex.describe();
    tweety.describe();
    Animal::describe(&rex);
    println!("{}", Named::name(&tweety));
    let n: i64 = 21;
    println!("{} {}", n.double(), true.double());
    let r = &&rex;
    println!("{}", r.legs());
}
