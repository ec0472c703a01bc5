use std::mem::size_of;

struct Tag(i32);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("  drop Tag({})", self.0);
    }
}

enum List {
    Cons(Tag, Box<List>),
    Nil,
}

use List::{Cons, Nil};

impl List {
    fn sum(&self) -> i32 {
        match self {
            Cons(t, rest) => t.0 + rest.sum(),
            Nil => 0,
        }
    }
    fn len(&self) -> usize {
        let mut n = 0;
        let mut cur = self;
        while let Cons(_, rest) = cur {
            n += 1;
            cur = rest;
        }
        n
    }
}

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    size: usize,
}

impl Stack {
    fn new() -> Self {
        Stack { head: None, size: 0 }
    }
    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.size += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|node| {
            let node = *node; // move out of the box; box allocation freed here
            self.head = node.next;
            self.size -= 1;
            node.value
        })
    }
    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.value)
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.value);
            cur = &node.next;
        }
        out
    }
}

fn main() {
    println!("size_of List = {}", size_of::<List>());
    println!("size_of Option<Box<Node>> = {}", size_of::<Option<Box<Node>>>());
    println!("size_of Node = {}", size_of::<Node>());

    let list = Cons(Tag(1), Box::new(Cons(Tag(2), Box::new(Cons(Tag(3), Box::new(Nil))))));
    println!("list len={} sum={}", list.len(), list.sum());

    let moved = list; // moving the head moves only 24 bytes; nodes stay on heap
    println!("after move sum={}", moved.sum());
    println!("dropping list:");
    drop(moved);
    println!("list gone");

    let mut st = Stack::new();
    for i in 1..=5 {
        st.push(i * 10);
    }
    println!("stack {:?} size={} peek={:?}", st.to_vec(), st.size, st.peek());
    st.reverse();
    println!("reversed {:?}", st.to_vec());
    while let Some(v) = st.pop() {
        if v > 30 {
            break;
        }
        println!("popped {}", v);
    }
    println!("left {:?} size={}", st.to_vec(), st.size);
    let heap_bytes = st.size * size_of::<Node>();
    println!("approx heap bytes in use: {}", heap_bytes);
}
