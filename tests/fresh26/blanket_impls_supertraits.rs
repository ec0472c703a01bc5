use std::fmt::{self, Debug, Display};

trait Describe {
    fn describe(&self) -> String;
}
impl<T: Display + ?Sized> Describe for T {
    fn describe(&self) -> String {
        let s = self.to_string();
        format!("<{}:{}>", s.len(), s)
    }
}

trait Named {
    fn name(&self) -> String;
}
trait Animal: Named + Debug {
    const LEGS: u32;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> String { format!("{} says {}", self.name(), self.sound()) }
    fn legs(&self) -> u32 where Self: Sized { Self::LEGS }
}

trait Loud {
    fn shout(&self) -> String;
}
impl<A: Animal> Loud for A {
    fn shout(&self) -> String { self.speak().to_uppercase() + "!" }
}

#[derive(Debug)]
struct Dog { name: String }
#[derive(Debug)]
struct Bird;

impl Named for Dog { fn name(&self) -> String { self.name.clone() } }
impl Animal for Dog {
    const LEGS: u32 = 4;
    fn sound(&self) -> &'static str { "woof" }
}
impl Named for Bird { fn name(&self) -> String { "bird".into() } }
impl Animal for Bird {
    const LEGS: u32 = 2;
    fn sound(&self) -> &'static str { "tweet" }
    fn speak(&self) -> String { format!("the {} sings {}-{}", self.name(), self.sound(), self.sound()) }
}

trait Convert<T> {
    fn convert(&self) -> T;
}
struct Celsius(f64);
impl Convert<f64> for Celsius { fn convert(&self) -> f64 { self.0 * 9.0 / 5.0 + 32.0 } }
impl Convert<String> for Celsius { fn convert(&self) -> String { format!("{:.1}°C", self.0) } }
impl Convert<bool> for Celsius { fn convert(&self) -> bool { self.0 <= 0.0 } }

fn convert_all<T>(items: &[Celsius]) -> Vec<T> where Celsius: Convert<T> {
    items.iter().map(|c| c.convert()).collect()
}

struct Wrapper<T>(T);
impl<T: Debug> Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() { write!(f, "W{:#?}", self.0) } else { write!(f, "W({:?})", self.0) }
    }
}

trait Monoid {
    fn empty() -> Self;
    fn combine(self, o: Self) -> Self;
    fn concat_all<I: IntoIterator<Item = Self>>(it: I) -> Self where Self: Sized {
        it.into_iter().fold(Self::empty(), Self::combine)
    }
}
impl Monoid for String {
    fn empty() -> Self { String::new() }
    fn combine(mut self, o: Self) -> Self { self.push_str(&o); self }
}
impl Monoid for i64 {
    fn empty() -> Self { 0 }
    fn combine(self, o: Self) -> Self { self + o }
}
impl<T> Monoid for Vec<T> {
    fn empty() -> Self { Vec::new() }
    fn combine(mut self, mut o: Self) -> Self { self.append(&mut o); self }
}
impl<A: Monoid, B: Monoid> Monoid for (A, B) {
    fn empty() -> Self { (A::empty(), B::empty()) }
    fn combine(self, o: Self) -> Self { (self.0.combine(o.0), self.1.combine(o.1)) }
}
impl<T: Monoid> Monoid for Option<T> {
    fn empty() -> Self { None }
    fn combine(self, o: Self) -> Self {
        match (self, o) {
            (Some(a), Some(b)) => Some(a.combine(b)),
            (a, None) => a,
            (None, b) => b,
        }
    }
}

fn main() {
    println!("{} {} {} {}", 42.describe(), "hi".describe(), 'x'.describe(), (-1.5f32).describe());
    let s: &str = "unsized str";
    println!("{}", s.describe());
    println!("{}", Wrapper(vec![1, 2]).describe());

    let zoo: Vec<Box<dyn Loud>> = vec![Box::new(Dog { name: "Fido".into() }), Box::new(Bird)];
    let shouts: Vec<String> = zoo.iter().map(|a| a.shout()).collect();
    println!("zoo: {:?}", shouts);
    let descs: Vec<&dyn Describe> = vec![&1u8, &"two", &3.5];
    println!("{}", descs.iter().map(|d| d.describe()).collect::<String>());
    let d = Dog { name: "Rex".into() };
    println!("{} | {} | legs {}", d.speak(), d.shout(), d.legs());
    println!("{} | {} | legs {}", Bird.speak(), Bird.shout(), Bird.legs());
    println!("total legs: {}", Dog::LEGS * 2 + Bird::LEGS * 3);

    let temps = [Celsius(-5.0), Celsius(21.5), Celsius(100.0)];
    let f: Vec<f64> = convert_all(&temps);
    let s: Vec<String> = convert_all(&temps);
    let frozen: Vec<bool> = convert_all(&temps);
    println!("{:?}\n{:?}\n{:?}", f, s, frozen);
    let one: String = temps[1].convert();
    println!("{} = {}F", one, <Celsius as Convert<f64>>::convert(&temps[1]));

    println!("{}", Wrapper((1, "a")));
    println!("{:#}", Wrapper(Some([3, 4])));

    let words = ["ab", "cd", "ef"].map(String::from);
    println!("{:?}", String::concat_all(words));
    println!("{}", i64::concat_all(1..=10));
    let pairs = vec![(1i64, "x".to_string()), (2, "y".to_string()), (39, "z".to_string())];
    println!("{:?}", <(i64, String)>::concat_all(pairs));
    let opts = vec![Some(vec![1]), None, Some(vec![2, 3])];
    println!("{:?}", Option::<Vec<i32>>::concat_all(opts));
    println!("{:?}", Option::<i64>::concat_all(vec![None, None]));
}
