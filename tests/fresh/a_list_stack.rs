// A simple singly linked stack built from Option<Box<Node>>.
use std::fmt;

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct LinkedList {
    head: Option<Box<Node>>,
    len: usize,
}

impl LinkedList {
    fn new() -> Self {
        LinkedList { head: None, len: 0 }
    }

    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }

    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            self.head = node.next;
            self.len -= 1;
            node.value
        })
    }

    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.value)
    }

    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|n| &mut n.value)
    }

    fn is_empty(&self) -> bool {
        self.head.is_none()
    }
}

impl fmt::Display for LinkedList {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[")?;
        let mut cur = &self.head;
        let mut first = true;
        while let Some(node) = cur {
            if !first {
                write!(f, " -> ")?;
            }
            write!(f, "{}", node.value)?;
            first = false;
            cur = &node.next;
        }
        write!(f, "]")
    }
}

fn main() {
    let mut list = LinkedList::new();
    println!("empty: {} len={} is_empty={}", list, list.len, list.is_empty());
    for i in 1..=5 {
        list.push(i * 10);
    }
    println!("after pushes: {} (len {})", list, list.len);
    println!("peek = {:?}", list.peek());

    if let Some(top) = list.peek_mut() {
        *top += 5;
    }
    println!("after peek_mut: {}", list);

    let popped: Vec<i32> = (0..3).filter_map(|_| list.pop()).collect();
    println!("popped {:?}, remaining {}", popped, list);

    let total: i32 = std::iter::from_fn(|| list.pop()).sum();
    println!("sum of rest = {}", total);
    println!("pop on empty = {:?}, peek = {:?}", list.pop(), list.peek());
    println!("final: {} len={}", list, list.len);
}
