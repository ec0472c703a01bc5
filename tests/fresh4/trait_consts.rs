// Traits with associated consts, static constructors, and object-safe subsets.
use std::collections::BTreeMap;

trait Unit {
    const NAME: &'static str;
    const SYMBOL: char;
    const TO_BASE: f64;

    fn from_base(v: f64) -> f64 {
        v / Self::TO_BASE
    }
    fn describe() -> String {
        format!("{} ({}) = {} base", Self::NAME, Self::SYMBOL, Self::TO_BASE)
    }
}

struct Meter;
struct Foot;
struct Mile;

impl Unit for Meter {
    const NAME: &'static str = "meter";
    const SYMBOL: char = 'm';
    const TO_BASE: f64 = 1.0;
}
impl Unit for Foot {
    const NAME: &'static str = "foot";
    const SYMBOL: char = 'f';
    const TO_BASE: f64 = 0.3048;
}
impl Unit for Mile {
    const NAME: &'static str = "mile";
    const SYMBOL: char = 'M';
    const TO_BASE: f64 = 1609.344;
    fn describe() -> String {
        format!("statute {} = {} m", Self::NAME, Self::TO_BASE)
    }
}

fn convert<A: Unit, B: Unit>(v: f64) -> f64 {
    B::from_base(v * A::TO_BASE)
}

trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32;
    fn create(name: &str) -> Self
    where
        Self: Sized;
    fn with_suffix<S: AsRef<str>>(&self, s: S) -> String
    where
        Self: Sized,
    {
        format!("{}{}", self.name(), s.as_ref())
    }
}

struct Dog(String);
struct Bird(String);

impl Animal for Dog {
    fn name(&self) -> String {
        format!("dog {}", self.0)
    }
    fn legs(&self) -> u32 {
        4
    }
    fn create(name: &str) -> Self {
        Dog(name.to_string())
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        format!("bird {}", self.0)
    }
    fn legs(&self) -> u32 {
        2
    }
    fn create(name: &str) -> Self {
        Bird(name.to_uppercase())
    }
}

fn main() {
    println!("{}", Meter::describe());
    println!("{}", Foot::describe());
    println!("{}", Mile::describe());
    println!("5 mi = {:.1} ft", convert::<Mile, Foot>(5.0));
    println!("100 ft = {:.3} m", convert::<Foot, Meter>(100.0));
    println!("10000 m = {:.4} mi", convert::<Meter, Mile>(10000.0));
    let symbols = [Meter::SYMBOL, Foot::SYMBOL, Mile::SYMBOL];
    println!("symbols: {:?}", symbols);

    let zoo: Vec<Box<dyn Animal>> = vec![
        Box::new(Dog::create("rex")),
        Box::new(Bird::create("tweety")),
        Box::new(Dog::create("fido")),
    ];
    let mut by_legs: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for a in &zoo {
        by_legs.entry(a.legs()).or_default().push(a.name());
    }
    println!("{:?}", by_legs);
    let total: u32 = zoo.iter().map(|a| a.legs()).sum();
    println!("total legs: {}", total);
    let d = Dog::create("max");
    println!("{}", d.with_suffix("!"));
    println!("{}", Bird::create("kiwi").with_suffix(String::from(" (flightless)")));
}
