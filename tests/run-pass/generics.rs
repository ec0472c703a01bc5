// Generic functions, structs, enums and impls, instantiated per type (monomorphized): bounds with
// the program's traits (calls dispatched to the impl of the concrete type), PartialOrd, Display, Copy;
// an impl for one instantiation only (Point<f32>).
use std::fmt::Display;
#[derive(Debug)]
struct Point<T> { x: T, y: T }
impl<T> Point<T> {
    fn x(&self) -> &T { &self.x }
    fn new(x: T, y: T) -> Point<T> { Point { x, y } }
}
impl Point<f32> {
    fn distance_from_origin(&self) -> f32 { (self.x * self.x + self.y * self.y) }
}
struct Pair<T> { a: T, b: T }
trait Summary { fn summarize(&self) -> String; fn len(&self) -> usize { 3 } }
struct Tweet { user: String }
impl Summary for Tweet { fn summarize(&self) -> String { format!("@{}", self.user) } }
fn notify<T: Summary>(item: &T) { println!("Breaking news! {} {}", item.summarize(), item.len()); }
fn largest<T: PartialOrd + Copy>(a: T, b: T) -> T { if a > b { a } else { b } }
fn show<T: Display>(t: T) -> String { format!("<{}>", t) }
fn pick<T>(flag: bool, a: T, b: T) -> T { if flag { a } else { b } }
enum MyOption<T> { Nothing, Just(T) }
fn main() {
    let p = Point::new(5, 10);
    println!("p.x = {} {:?}", p.x(), p);
    let f = Point { x: 1.5f32, y: 2.0 };
    println!("{}", f.distance_from_origin());
    let t = Tweet { user: String::from("rust") };
    notify(&t);
    println!("{} {} {}", largest(3, 7), largest(2.5, 1.0), largest('a', 'z'));
    println!("{} {}", show(42), show("hi"));
    let s = pick(false, String::from("a"), String::from("b"));
    println!("{}", s);
    let pr = Pair { a: 1u8, b: 2 };
    println!("{}", pr.a + pr.b);
    let m = MyOption::Just(5);
    match m { MyOption::Just(v) => println!("just {}", v), MyOption::Nothing => println!("nothing") }
}
