// Trait upcasting goes to a supertrait only: `dyn Animal` does not coerce to `dyn Named` when Named is not one
// of Animal's supertraits.
trait Named { fn name(&self) -> String; }
trait Animal { fn legs(&self) -> u32; }
struct Dog;
impl Named for Dog { fn name(&self) -> String { "dog".into() } }
impl Animal for Dog { fn legs(&self) -> u32 { 4 } }

fn main() {
    let a: &dyn Animal = &Dog;
    let n: &dyn Named = a;
    println!("{} {}", a.legs(), n.name());
}
