// Trait objects: fat pointer sizes, size_of_val through the vtable, and drop through Box<dyn>.
use std::fmt::Debug;
use std::mem::{size_of, size_of_val, align_of_val};

trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32;
}

struct Dog {
    nick: String,
}

struct Spider {
    id: u64,
    webs: [u32; 4],
}

struct Fish;

impl Animal for Dog {
    fn name(&self) -> String { format!("dog {}", self.nick) }
    fn legs(&self) -> u32 { 4 }
}

impl Animal for Spider {
    fn name(&self) -> String { format!("spider #{} ({} webs)", self.id, self.webs.iter().filter(|w| **w > 0).count()) }
    fn legs(&self) -> u32 { 8 }
}

impl Animal for Fish {
    fn name(&self) -> String { "fish".to_string() }
    fn legs(&self) -> u32 { 0 }
}

impl Drop for Dog {
    fn drop(&mut self) { println!("  drop Dog {}", self.nick); }
}
impl Drop for Spider {
    fn drop(&mut self) { println!("  drop Spider {}", self.id); }
}
impl Drop for Fish {
    fn drop(&mut self) { println!("  drop Fish"); }
}

fn describe(a: &dyn Animal) -> String {
    format!("{} with {} legs (size {}, align {})", a.name(), a.legs(), size_of_val(a), align_of_val(a))
}

fn debug_len(items: &[&dyn Debug]) -> usize {
    items.iter().map(|d| format!("{d:?}").len()).sum()
}

fn main() {
    println!("thin vs fat: &Dog {} &dyn Animal {} Box<dyn Animal> {} Option<Box<dyn Animal>> {}",
        size_of::<&Dog>(), size_of::<&dyn Animal>(), size_of::<Box<dyn Animal>>(), size_of::<Option<Box<dyn Animal>>>());

    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    zoo.push(Box::new(Dog { nick: "rex".into() }));
    zoo.push(Box::new(Spider { id: 7, webs: [1, 0, 3, 0] }));
    zoo.push(Box::new(Fish));
    zoo.push(Box::new(Dog { nick: "fido".into() }));
    for a in &zoo {
        println!("{}", describe(a.as_ref()));
    }
    let total_legs: u32 = zoo.iter().map(|a| a.legs()).sum();
    println!("total legs {total_legs}");

    println!("removing index 1:");
    let spider = zoo.remove(1);
    println!("removed {}", spider.name());
    drop(spider);

    println!("replacing index 0:");
    zoo[0] = Box::new(Fish);
    println!("sorting by legs desc:");
    zoo.sort_by_key(|a| std::cmp::Reverse(a.legs()));
    let names: Vec<String> = zoo.iter().map(|a| a.name()).collect();
    println!("order {:?}", names);

    println!("Box<dyn Debug> of various sizes:");
    let things: Vec<Box<dyn Debug>> = vec![Box::new(1u8), Box::new("text"), Box::new([1u64, 2, 3]), Box::new(vec![0u8; 5])];
    for t in &things {
        println!("  {:?} size {}", t, size_of_val(&**t));
    }
    println!("debug_len {}", debug_len(&[&1, &"ab", &'c']));

    println!("Rc<dyn Animal>:");
    let shared: std::rc::Rc<dyn Animal> = std::rc::Rc::new(Dog { nick: "shared".into() });
    let s2 = shared.clone();
    println!("  {} strong {}", s2.name(), std::rc::Rc::strong_count(&shared));
    drop(shared);
    println!("  one handle dropped");
    drop(s2);

    println!("dropping the zoo:");
    drop(zoo);
    println!("end of main");
}
