// A singly linked list with Box and Option::take; iterative drop, reversing in place.
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("  drop node {}", self.val);
    }
}

struct List {
    head: Option<Box<Node>>,
    len: usize,
}

impl List {
    fn new() -> Self {
        List { head: None, len: 0 }
    }
    fn push(&mut self, val: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|mut n| {
            self.head = n.next.take();
            self.len -= 1;
            n.val
        })
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
            n.next = prev;
            prev = Some(n);
        }
        self.head = prev;
    }
    fn iter(&self) -> impl Iterator<Item = &i32> + '_ {
        let mut cur = self.head.as_deref();
        std::iter::from_fn(move || {
            let n = cur?;
            cur = n.next.as_deref();
            Some(&n.val)
        })
    }
    fn peek_mut(&mut self) -> Option<&mut i32> {
        self.head.as_mut().map(|n| &mut n.val)
    }
}

impl Drop for List {
    fn drop(&mut self) {
        println!("  List::drop unlinking {} nodes", self.len);
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
        }
    }
}

fn main() {
    println!("size_of Option<Box<Node>> = {}, Node = {}", std::mem::size_of::<Option<Box<Node>>>(), std::mem::size_of::<Node>());
    let mut list = List::new();
    for v in 1..=5 {
        list.push(v * 10);
    }
    println!("list {:?} len {}", list.iter().collect::<Vec<_>>(), list.len);
    println!("popping:");
    let p = list.pop();
    println!("popped {:?}", p);
    if let Some(top) = list.peek_mut() {
        *top += 1;
    }
    println!("reverse:");
    list.reverse();
    println!("list {:?}", list.iter().collect::<Vec<_>>());
    let sum: i32 = list.iter().sum();
    let max = list.iter().max().copied();
    println!("sum {sum} max {:?}", max);

    println!("splitting off the head node by hand:");
    let mut first = list.head.take().unwrap();
    list.head = first.next.take();
    list.len -= 1;
    println!("first {} detached, list now {:?}", first.val, list.iter().collect::<Vec<_>>());
    drop(first);

    println!("a second list dropped at end of block:");
    {
        let mut other = List::new();
        other.push(100);
        other.push(200);
    }
    println!("end of main");
}
