// A job scheduler on BinaryHeap: priorities, peek_mut, Reverse, draining and the heap's internal order.
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::collections::binary_heap::PeekMut;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    priority: u8,
    id: u32,
    name: String,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn job(priority: u8, id: u32, name: &str) -> Job {
    Job { priority, id, name: name.to_string() }
}

fn main() {
    let mut heap = BinaryHeap::new();
    println!("new: len {} cap {} peek {:?}", heap.len(), heap.capacity(), heap.peek());
    heap.push(job(2, 1, "backup"));
    heap.push(job(5, 2, "deploy"));
    heap.push(job(1, 3, "cleanup"));
    heap.push(job(5, 4, "hotfix"));
    heap.push(job(3, 5, "report"));
    println!("len {} cap {}", heap.len(), heap.capacity());
    println!("top: {:?}", heap.peek().map(|j| &j.name));
    let order: Vec<u32> = heap.iter().map(|j| j.id).collect();
    println!("internal order: {:?}", order);

    // bump the top job's priority down via PeekMut
    if let Some(mut top) = heap.peek_mut() {
        println!("demoting {}", top.name);
        top.priority = 0;
    }
    println!("top after demote: {}", heap.peek().unwrap().name);
    if let Some(top) = heap.peek_mut() {
        if top.name == "hotfix" {
            let j = PeekMut::pop(top);
            println!("popped via PeekMut: {:?}", j);
        }
    }
    while let Some(j) = heap.pop() {
        println!("run {} (p{} #{})", j.name, j.priority, j.id);
    }

    // min-heap with Reverse
    let mut mins: BinaryHeap<Reverse<i32>> = vec![5, 1, 8, 3, 9, 2].into_iter().map(Reverse).collect();
    println!("min-heap {:?}", mins);
    mins.push(Reverse(0));
    print!("ascending:");
    while let Some(Reverse(x)) = mins.pop() {
        print!(" {x}");
    }
    println!();

    // heapify, into_sorted_vec, into_vec
    let h = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    println!("heapified: {:?}", h);
    println!("as_slice: {:?}", h.as_slice());
    let sorted = h.clone().into_sorted_vec();
    println!("sorted: {:?}", sorted);
    let raw = h.into_vec();
    println!("into_vec: {:?} cap {}", raw, raw.capacity());

    let mut a = BinaryHeap::from([10, 20, 30]);
    let mut b = BinaryHeap::from([5, 25, 35, 1]);
    a.append(&mut b);
    println!("append: {:?} b empty {} len {}", a, b.is_empty(), a.len());
    a.extend(vec![7, 40, 2]);
    println!("extend: {:?}", a);
    a.extend(&[100, 3]);
    println!("extend refs: {:?}", a);
    a.retain(|&x| x % 5 == 0);
    println!("retain: {:?}", a);
    let drained: Vec<i32> = a.drain().collect();
    println!("drained {:?}, now {:?} cap {}", drained, a, a.capacity());
    a.shrink_to_fit();
    println!("shrink: cap {}", a.capacity());
    a.reserve(10);
    println!("reserve(10): cap {}", a.capacity());
    a.extend([4, 8, 6]);
    a.clear();
    println!("clear: {:?} {}", a, a.is_empty());
    let s: BinaryHeap<&str> = ["pear", "apple", "fig"].into_iter().collect();
    let v: Vec<&str> = s.into_iter().collect();
    println!("into_iter (heap order): {:?}", v);
    let mut e: BinaryHeap<u8> = BinaryHeap::default();
    e.push(1);
    println!("{:?}", e.peek());
    let top3: Vec<u32> = BinaryHeap::from(vec![1u32, 2, 3]).into_iter().collect();
    let missing = top3[3];
    println!("{missing}");
}
