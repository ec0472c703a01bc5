#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let tail = Box::new(Node { value: 2, next: None });
    let head = Node { value: 1, next: Some(tail) };
    println!("head = {}", head.value);
    println!("tail = {:?}", tail);
}
