use std::rc::Rc;

struct Node {
    value: i32,
}

fn main() {
    let node = Rc::new(Node { value: 1 });
    let other = Rc::clone(&node);
    node.value = 5;
    println!("{}", other.value);
}
