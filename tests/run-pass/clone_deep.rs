// Derived Clone: bytes copied, then every String, Vec and Box owned by the value cloned into new heap
// blocks (nested Vecs, enum payloads, Option); the clones are independent and each is freed once.
#[derive(Debug, Clone)]
struct Person { name: String, age: u8, tags: Vec<String> }
#[derive(Debug, Clone, Copy)]
struct P(i32, i32);
#[derive(Debug, Clone)]
enum Shape { Circle(f64), Named(String, Box<P>) }
fn main() {
    let a = Person { name: String::from("Ann"), age: 30, tags: vec![String::from("x"), String::from("yz")] };
    let mut b = a.clone();
    b.name.push_str(" B");
    b.tags.push(String::from("new"));
    println!("{:?}\n{:?}", a, b);
    let p = P(1, 2);
    let q = p.clone();
    println!("{:?} {:?}", p, q);
    let s = Shape::Named(String::from("sq"), Box::new(P(3, 4)));
    let t = s.clone();
    let c = Shape::Circle(1.5).clone();
    println!("{:?} {:?} {:?}", s, t, c);
    let o: Option<String> = Some(String::from("o"));
    println!("{:?}", o.clone());
    let vs = vec![vec![1, 2], vec![3]];
    let ws = vs.clone();
    println!("{:?} {:?}", vs, ws);
}
