// The classic XOR linked list: each node stores prev_addr ^ next_addr.
// Addresses become integers, so we use expose_provenance / with_exposed_provenance.
use std::ptr;

struct Node {
    val: u32,
    link: usize, // address(prev) ^ address(next)
}

struct XorList {
    head: *mut Node,
    tail: *mut Node,
    len: usize,
}

fn addr(p: *mut Node) -> usize {
    p.expose_provenance()
}

fn to_ptr(a: usize) -> *mut Node {
    if a == 0 { ptr::null_mut() } else { ptr::with_exposed_provenance_mut(a) }
}

impl XorList {
    fn new() -> Self {
        XorList { head: ptr::null_mut(), tail: ptr::null_mut(), len: 0 }
    }

    fn push_back(&mut self, val: u32) {
        let n = Box::into_raw(Box::new(Node { val, link: addr(self.tail) }));
        if self.tail.is_null() {
            self.head = n;
        } else {
            // old tail: prev ^ 0 becomes prev ^ n
            unsafe { (*self.tail).link ^= addr(n) };
        }
        self.tail = n;
        self.len += 1;
    }

    fn walk(&self, from_tail: bool) -> Vec<u32> {
        let mut out = Vec::new();
        let mut prev: usize = 0;
        let mut cur = if from_tail { self.tail } else { self.head };
        while !cur.is_null() {
            unsafe {
                out.push((*cur).val);
                let next = (*cur).link ^ prev;
                prev = addr(cur);
                cur = to_ptr(next);
            }
        }
        out
    }

    fn pop_front(&mut self) -> Option<u32> {
        if self.head.is_null() {
            return None;
        }
        let old = unsafe { Box::from_raw(self.head) };
        let next = to_ptr(old.link); // prev is 0 for head
        if next.is_null() {
            self.tail = ptr::null_mut();
        } else {
            unsafe { (*next).link ^= addr(self.head) };
        }
        self.head = next;
        self.len -= 1;
        Some(old.val)
    }
}

impl Drop for XorList {
    fn drop(&mut self) {
        let mut n = 0;
        while self.pop_front().is_some() {
            n += 1;
        }
        println!("dropped list with {} nodes", n);
    }
}

fn main() {
    println!("xor identity: a ^ b ^ b == a: {}", (0xF0usize ^ 0x0F ^ 0x0F) == 0xF0);
    let mut list = XorList::new();
    for v in [3, 1, 4, 1, 5, 9, 2, 6] {
        list.push_back(v);
    }
    println!("forward:  {:?}", list.walk(false));
    println!("backward: {:?}", list.walk(true));
    println!("len {}", list.len);
    // the head's link is just the address of its neighbour (prev is 0)
    let second = unsafe { to_ptr((*list.head).link) };
    println!("second value via head link: {}", unsafe { (*second).val });
    println!("pop_front: {:?} {:?}", list.pop_front(), list.pop_front());
    println!("forward now: {:?}", list.walk(false));
    println!("tail link is address of its prev: {}", unsafe { to_ptr((*list.tail).link) }.is_null() == false);
    let mut single = XorList::new();
    single.push_back(42);
    println!("single node: head == tail {}, link {}", ptr::eq(single.head, single.tail), unsafe { (*single.head).link });
}
