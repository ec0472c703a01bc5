use std::ptr;

struct Node {
    value: i32,
    next: *mut Node,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.value);
    }
}

struct List {
    head: *mut Node,
    len: usize,
}

impl List {
    fn new() -> Self {
        List { head: ptr::null_mut(), len: 0 }
    }

    fn push_front(&mut self, value: i32) {
        let node = Box::into_raw(Box::new(Node { value, next: self.head }));
        self.head = node;
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<i32> {
        if self.head.is_null() {
            return None;
        }
        let boxed = unsafe { Box::from_raw(self.head) };
        self.head = boxed.next;
        self.len -= 1;
        Some(boxed.value)
    }

    fn reverse(&mut self) {
        let mut prev: *mut Node = ptr::null_mut();
        let mut cur = self.head;
        while !cur.is_null() {
            unsafe {
                let next = (*cur).next;
                (*cur).next = prev;
                prev = cur;
                cur = next;
            }
        }
        self.head = prev;
    }

    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::with_capacity(self.len);
        let mut cur = self.head as *const Node;
        while !cur.is_null() {
            unsafe {
                out.push((*cur).value);
                cur = (*cur).next;
            }
        }
        out
    }

    fn sum_squares(&self) -> i64 {
        let mut total = 0i64;
        let mut cur = self.head;
        while let Some(node) = unsafe { cur.as_ref() } {
            total += (node.value as i64) * (node.value as i64);
            cur = node.next;
        }
        total
    }
}

impl Drop for List {
    fn drop(&mut self) {
        println!("dropping list of {}", self.len);
        while self.pop_front().is_some() {}
    }
}

fn main() {
    let mut list = List::new();
    for i in 1..=5 {
        list.push_front(i * 10);
    }
    println!("initial: {:?}", list.to_vec());
    list.reverse();
    println!("reversed: {:?}", list.to_vec());
    println!("sum of squares: {}", list.sum_squares());
    let popped = list.pop_front();
    println!("popped: {:?}, len now {}", popped, list.len);
    list.reverse();
    println!("reversed again: {:?}", list.to_vec());
    let mut empty = List::new();
    empty.reverse();
    println!("empty reversed: {:?} head null = {}", empty.to_vec(), empty.head.is_null());
    println!("end of main");
}
