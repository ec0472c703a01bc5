// Tour stop 21: an Rc is one pointer on the stack; its heap block holds the strong count, the weak
// count and the value. Cloning increments the strong count, dropping decrements it, and the block
// is freed when it reaches zero.
use std::rc::Rc;

fn main() {
    let first = Rc::new(String::from("shared"));
    let second = Rc::clone(&first);
    println!("two owners: {}", Rc::strong_count(&first));
    drop(second);
    println!("one owner: {}", Rc::strong_count(&first));
}
