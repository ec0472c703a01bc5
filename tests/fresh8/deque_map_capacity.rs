use std::collections::{HashMap, VecDeque};
use std::mem::size_of;

fn main() {
    println!("VecDeque<u32> handle = {} bytes", size_of::<VecDeque<u32>>());
    println!("HashMap<u32,u32> handle = {} bytes", size_of::<HashMap<u32, u32>>());

    println!("-- VecDeque growth --");
    let mut dq: VecDeque<u32> = VecDeque::new();
    println!("new: len={} cap={}", dq.len(), dq.capacity());
    for i in 0..10u32 {
        if i % 2 == 0 {
            dq.push_back(i);
        } else {
            dq.push_front(i);
        }
        println!("push {} -> len={} cap={} front={:?} back={:?}", i, dq.len(), dq.capacity(), dq.front(), dq.back());
    }
    println!("contents = {:?}", dq);
    let (a, b) = dq.as_slices();
    println!("as_slices total len = {}", a.len() + b.len());
    dq.make_contiguous();
    let (a, b) = dq.as_slices();
    println!("after make_contiguous: first={} second={}", a.len(), b.len());

    for _ in 0..6 {
        let f = dq.pop_front();
        println!("pop_front {:?} len={} cap={}", f, dq.len(), dq.capacity());
    }
    dq.shrink_to_fit();
    println!("shrink_to_fit: len={} cap={} contents={:?}", dq.len(), dq.capacity(), dq);

    let mut ring: VecDeque<char> = VecDeque::with_capacity(5);
    println!("with_capacity(5): cap={}", ring.capacity());
    for c in "abcdefgh".chars() {
        if ring.len() == 5 {
            let old = ring.pop_front();
            println!("  evict {:?}", old);
        }
        ring.push_back(c);
    }
    println!("ring = {:?} cap={}", ring, ring.capacity());

    println!("-- HashMap capacity --");
    let mut m: HashMap<String, usize> = HashMap::new();
    println!("new: len={} cap={}", m.len(), m.capacity());
    let text = "the quick brown fox jumps over the lazy dog the end";
    for w in text.split_whitespace() {
        let before = m.capacity();
        *m.entry(w.to_string()).or_insert(0) += 1;
        if m.capacity() != before {
            println!("insert {:?} grew cap {} -> {} (len {})", w, before, m.capacity(), m.len());
        }
    }
    let mut entries: Vec<(&String, &usize)> = m.iter().collect();
    entries.sort();
    for (k, v) in &entries {
        println!("  {:<6} {}", k, v);
    }
    println!("len={} cap={}", m.len(), m.capacity());

    for n in [0usize, 1, 3, 4, 7, 8, 14, 15, 28, 100] {
        let h: HashMap<u8, u8> = HashMap::with_capacity(n);
        println!("with_capacity({:>3}) -> capacity {}", n, h.capacity());
    }

    let mut small: HashMap<u8, u8> = HashMap::with_capacity(50);
    small.insert(1, 10);
    small.insert(2, 20);
    println!("before shrink: len={} cap={}", small.len(), small.capacity());
    small.shrink_to_fit();
    println!("after shrink: len={} cap={}", small.len(), small.capacity());
    let mut keys: Vec<_> = small.keys().copied().collect();
    keys.sort();
    println!("keys = {:?} sum of values = {}", keys, small.values().map(|&v| v as u32).sum::<u32>());
}
