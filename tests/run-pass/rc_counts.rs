// Rc: one heap block {strong, weak, value}; clone increments the strong count, drop decrements it,
// the value is dropped with the last strong reference; Deref to the value; imported enum variants.
use std::rc::Rc;
struct Loud(&'static str);
impl Drop for Loud { fn drop(&mut self) { println!("drop {}", self.0); } }
enum List { Cons(i32, Rc<List>), Nil }
use List::{Cons, Nil};
fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    println!("{} {} count {}", a, *b + 1, Rc::strong_count(&a));
    {
        let c = a.clone();
        println!("count {} {}", Rc::strong_count(&c), c);
    }
    println!("count {}", Rc::strong_count(&a));
    let l = Rc::new(Loud("shared"));
    let l2 = Rc::clone(&l);
    drop(l);
    println!("still {}", l2.0);
    let x = Rc::new(String::from("text"));
    println!("{} {}", x, x.len());
}
