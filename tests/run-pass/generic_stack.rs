// A generic struct wrapping a Vec, with methods on Stack<T>, used with two element types.
#[derive(Debug)]
struct Stack<T> { items: Vec<T> }

impl<T> Stack<T> {
    fn new() -> Stack<T> { Stack { items: Vec::new() } }
    fn push(&mut self, x: T) { self.items.push(x); }
    fn pop(&mut self) -> Option<T> { self.items.pop() }
    fn len(&self) -> usize { self.items.len() }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{:?} {}", s, s.len());
    println!("{:?} {:?}", s.pop(), s.pop());
    let mut w: Stack<String> = Stack::new();
    w.push(String::from("a"));
    w.push(String::from("bc"));
    println!("{:?}", w.pop());
    println!("{:?} {}", w, w.len());
}
