// A bounded history buffer and a work queue: VecDeque's ring layout, growth and wrap-around.
use std::collections::VecDeque;

struct History {
    items: VecDeque<String>,
    limit: usize,
}

impl History {
    fn new(limit: usize) -> Self {
        History { items: VecDeque::with_capacity(limit), limit }
    }
    fn record(&mut self, cmd: &str) {
        if self.items.len() == self.limit {
            let old = self.items.pop_front().unwrap();
            println!("  forget {old}");
        }
        self.items.push_back(cmd.to_string());
    }
}

fn main() {
    let mut h = History::new(4);
    for cmd in ["ls", "cd src", "vim main.rs", "cargo build", "cargo test", "git add .", "git commit"] {
        h.record(cmd);
    }
    println!("history: {:?}", h.items);
    println!("len {} cap {}", h.items.len(), h.items.capacity());
    let (a, b) = h.items.as_slices();
    println!("slices: {:?} | {:?}", a, b);
    println!("front {:?} back {:?}", h.items.front(), h.items.back());
    println!("item 2 = {}", h.items[2]);
    println!("get(9) = {:?}", h.items.get(9));

    // growth pattern of a deque that wraps around
    let mut q: VecDeque<u32> = VecDeque::new();
    println!("empty cap {}", q.capacity());
    for i in 0..5 {
        q.push_back(i);
        println!("push_back {i}: cap {}", q.capacity());
    }
    q.pop_front();
    q.pop_front();
    q.push_back(5);
    q.push_back(6);
    println!("wrapped: {:?} slices {:?}", q, q.as_slices());
    q.push_front(100);
    q.push_back(7); // full -> grows while wrapped
    println!("after grow: {:?} cap {} slices {:?}", q, q.capacity(), q.as_slices());
    for x in q.iter_mut() {
        *x *= 2;
    }
    println!("doubled: {:?}", q);
    let rev: Vec<u32> = q.iter().rev().copied().collect();
    println!("reversed: {:?}", rev);
    println!("contains 12? {} contains 13? {}", q.contains(&12), q.contains(&13));

    // rotate and make_contiguous
    let mut r: VecDeque<char> = "abcdefg".chars().collect();
    r.rotate_left(3);
    println!("rotate_left(3): {:?}", r);
    r.rotate_right(5);
    println!("rotate_right(5): {:?}", r);
    r.push_front('z');
    let s = r.make_contiguous();
    s.sort();
    println!("sorted contiguous: {:?}", s);
    println!("as_slices after: {:?}", r.as_slices());

    // front/back mutation and pops
    if let Some(f) = r.front_mut() {
        *f = 'A';
    }
    if let Some(b) = r.back_mut() {
        *b = 'Z';
    }
    while let Some(c) = r.pop_back() {
        print!("{c}");
    }
    println!();
    println!("empty: {} {:?} {:?}", r.is_empty(), r.pop_front(), r.front());

    let mut counts = VecDeque::from([3, 1, 4]);
    counts[1] += 10;
    println!("counts {:?} sum {}", counts, counts.iter().sum::<i32>());
    println!("out of range: {}", counts[3]);
}
