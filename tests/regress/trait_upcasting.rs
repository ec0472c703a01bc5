// Trait upcasting (stable since Rust 1.86): a `dyn Sub` coerces to a `dyn Super` of any supertrait, through
// references, Box, Rc and Arc, keeping auto traits; method calls and drops go through the supertrait's vtable.
use std::fmt::Debug;
use std::rc::Rc;
use std::sync::Arc;

trait Named { fn name(&self) -> String; }
trait Animal: Named { fn legs(&self) -> u32; }
trait Pet: Animal + Debug { fn owner(&self) -> &str; fn describe(&self) -> String { format!("{} owned by {}", self.name(), self.owner()) } }

#[derive(Debug)]
struct Dog { owner: String }
#[derive(Debug)]
struct Parrot { owner: String, words: Vec<&'static str> }

impl Named for Dog { fn name(&self) -> String { "dog".into() } }
impl Animal for Dog { fn legs(&self) -> u32 { 4 } }
impl Pet for Dog { fn owner(&self) -> &str { &self.owner } }
impl Named for Parrot { fn name(&self) -> String { format!("parrot saying {}", self.words.join("/")) } }
impl Animal for Parrot { fn legs(&self) -> u32 { 2 } }
impl Pet for Parrot { fn owner(&self) -> &str { &self.owner } }
impl Drop for Dog { fn drop(&mut self) { println!("drop dog of {}", self.owner); } }

fn count_legs(animals: &[&dyn Animal]) -> u32 { animals.iter().map(|a| a.legs()).sum() }
fn shout(n: &dyn Named) -> String { n.name().to_uppercase() }

fn main() {
    let pets: Vec<Box<dyn Pet>> = vec![
        Box::new(Dog { owner: "ann".into() }),
        Box::new(Parrot { owner: "bo".into(), words: vec!["hi", "bye"] }),
    ];
    for p in &pets { println!("{} ({:?})", p.describe(), p); }
    let animals: Vec<&dyn Animal> = pets.iter().map(|p| p.as_ref() as &dyn Animal).collect();
    println!("legs: {}", count_legs(&animals));
    let named: &dyn Named = animals[1];
    println!("{}", shout(named));
    let debug: &dyn Debug = pets[0].as_ref();
    println!("{:?}", debug);

    let boxed: Box<dyn Pet> = Box::new(Dog { owner: "cy".into() });
    let as_animal: Box<dyn Animal> = boxed;
    println!("boxed upcast: {} legs", as_animal.legs());
    let as_named: Box<dyn Named> = as_animal;
    println!("then {}", as_named.name());
    drop(as_named);

    let rc: Rc<dyn Pet> = Rc::new(Parrot { owner: "di".into(), words: vec!["rust"] });
    let rc_animal: Rc<dyn Animal> = rc.clone();
    println!("rc: {} legs, {} owners", rc_animal.legs(), Rc::strong_count(&rc));
    let arc: Arc<dyn Animal + Send + Sync> = Arc::new(Parrot { owner: "ed".into(), words: vec![] });
    let arc_named: Arc<dyn Named + Send> = arc;
    println!("arc: {}", arc_named.name());
    println!("sizes: {} {}", std::mem::size_of::<&dyn Pet>(), std::mem::size_of::<Box<dyn Named>>());
}
