// Methods of the same name from two traits and an inherent impl: the inherent one is called by
// `x.name()`, the traits' by `Trait::name(&x)` and `<Type as Trait>::name(&x)`.
trait Pilot {
    fn fly(&self) -> String;
    fn rank() -> u8;
}

trait Wizard {
    fn fly(&self) -> String;
    fn rank() -> u8;
}

struct Human { name: String }

impl Pilot for Human {
    fn fly(&self) -> String { format!("captain {} speaking", self.name) }
    fn rank() -> u8 { 3 }
}

impl Wizard for Human {
    fn fly(&self) -> String { format!("{} rises", self.name) }
    fn rank() -> u8 { 7 }
}

impl Human {
    fn fly(&self) -> String { format!("{} waves arms", self.name) }
}

fn main() {
    let p = Human { name: String::from("Ada") };
    println!("{}", p.fly());
    println!("{}", Pilot::fly(&p));
    println!("{}", Wizard::fly(&p));
    println!("{}", <Human as Pilot>::fly(&p));
    println!("{} {}", <Human as Pilot>::rank(), <Human as Wizard>::rank());
}
