// A doubly linked list built from Box::into_raw nodes and *mut pointers.
use std::ptr;

struct Node {
    val: i32,
    prev: *mut Node,
    next: *mut Node,
}

struct List {
    head: *mut Node,
    tail: *mut Node,
    len: usize,
}

impl List {
    fn new() -> List {
        List { head: ptr::null_mut(), tail: ptr::null_mut(), len: 0 }
    }

    fn push_back(&mut self, val: i32) -> *mut Node {
        let node = Box::into_raw(Box::new(Node { val, prev: self.tail, next: ptr::null_mut() }));
        if self.tail.is_null() {
            self.head = node;
        } else {
            unsafe { (*self.tail).next = node };
        }
        self.tail = node;
        self.len += 1;
        node
    }

    fn push_front(&mut self, val: i32) -> *mut Node {
        let node = Box::into_raw(Box::new(Node { val, prev: ptr::null_mut(), next: self.head }));
        if self.head.is_null() {
            self.tail = node;
        } else {
            unsafe { (*self.head).prev = node };
        }
        self.head = node;
        self.len += 1;
        node
    }

    /// SAFETY: `node` must be a live node of this list.
    unsafe fn unlink(&mut self, node: *mut Node) -> i32 {
        unsafe {
            let prev = (*node).prev;
            let next = (*node).next;
            if prev.is_null() { self.head = next } else { (*prev).next = next }
            if next.is_null() { self.tail = prev } else { (*next).prev = prev }
            self.len -= 1;
            let boxed = Box::from_raw(node);
            boxed.val
        }
    }

    fn forward(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.head;
        while !cur.is_null() {
            unsafe {
                out.push((*cur).val);
                cur = (*cur).next;
            }
        }
        out
    }

    fn backward(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.tail;
        while let Some(node) = unsafe { cur.as_ref() } {
            out.push(node.val);
            cur = node.prev;
        }
        out
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let mut cur = self.head;
        let mut freed = 0;
        while !cur.is_null() {
            let next = unsafe { (*cur).next };
            drop(unsafe { Box::from_raw(cur) });
            freed += 1;
            cur = next;
        }
        println!("drop: freed {} nodes", freed);
    }
}

fn main() {
    let mut list = List::new();
    let n10 = list.push_back(10);
    let n20 = list.push_back(20);
    let n5 = list.push_front(5);
    let n30 = list.push_back(30);
    list.push_front(1);
    println!("forward:  {:?}", list.forward());
    println!("backward: {:?}", list.backward());
    println!("len = {}", list.len);
    println!("head is n5? {}  tail is n30? {}", ptr::eq(list.head, n5), ptr::eq(list.tail, n30));

    // edit through a saved handle
    unsafe { (*n20).val += 2 };
    let removed = unsafe { list.unlink(n10) };
    println!("removed {} -> {:?}", removed, list.forward());
    let removed = unsafe { list.unlink(n30) };
    println!("removed {} -> tail now 22? {}", removed, unsafe { (*list.tail).val == 22 });
    println!("n5.next == n20: {}", unsafe { ptr::eq((*n5).next, n20) });
    println!("backward: {:?} len={}", list.backward(), list.len);
}
