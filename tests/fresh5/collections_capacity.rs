// Capacity of other collections: VecDeque, BinaryHeap, HashMap, HashSet, String from iterators.
use std::collections::{BinaryHeap, HashMap, HashSet, VecDeque};
use std::cmp::Reverse;

fn main() {
    let mut dq: VecDeque<u32> = VecDeque::new();
    println!("VecDeque new cap {}", dq.capacity());
    let mut caps = Vec::new();
    for i in 0..10 {
        if i % 2 == 0 { dq.push_back(i) } else { dq.push_front(i) }
        caps.push(dq.capacity());
    }
    println!("VecDeque caps {:?}", caps);
    println!("VecDeque contents {:?}", dq);
    dq.rotate_left(3);
    println!("rotated {:?}", dq);
    let (a, b) = dq.as_slices();
    println!("slices total {}", a.len() + b.len());
    dq.make_contiguous().sort();
    println!("sorted {:?}", dq);
    let dq2: VecDeque<u8> = VecDeque::with_capacity(5);
    println!("VecDeque with_capacity(5) cap >= 5: {}", dq2.capacity() >= 5);
    dq.truncate(4);
    dq.shrink_to_fit();
    println!("after truncate+shrink len {} cap {}", dq.len(), dq.capacity());

    let mut heap = BinaryHeap::new();
    let mut hcaps = Vec::new();
    for x in [5, 1, 8, 3, 9, 2] {
        heap.push(x);
        hcaps.push(heap.capacity());
    }
    println!("BinaryHeap caps {:?} peek {:?}", hcaps, heap.peek());
    let sorted = heap.clone().into_sorted_vec();
    println!("into_sorted_vec {:?}", sorted);
    let mut order = Vec::new();
    while let Some(x) = heap.pop() {
        order.push(x);
    }
    println!("pop order {:?} cap after {}", order, heap.capacity());
    let mut minheap: BinaryHeap<Reverse<&str>> = ["pear", "apple", "fig"].into_iter().map(Reverse).collect();
    println!("min-heap top {:?} cap {}", minheap.peek().map(|r| r.0), minheap.capacity());
    minheap.push(Reverse("banana"));
    println!("after push cap {}", minheap.capacity());

    for n in [0, 1, 3, 4, 7, 8, 13, 14, 15, 28, 100] {
        let m: HashMap<u32, u32> = HashMap::with_capacity(n);
        print!("{n}->{} ", m.capacity());
    }
    println!();
    let mut m: HashMap<String, usize> = HashMap::new();
    let mut seen_caps = Vec::new();
    for (i, w) in "the quick brown fox jumps over the lazy dog again and again".split(' ').enumerate() {
        *m.entry(w.to_string()).or_insert(0) += i;
        if seen_caps.last() != Some(&m.capacity()) {
            seen_caps.push(m.capacity());
        }
    }
    println!("HashMap cap steps {:?} len {}", seen_caps, m.len());
    let mut keys: Vec<_> = m.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    m.shrink_to_fit();
    println!("after shrink_to_fit cap {}", m.capacity());

    let set: HashSet<char> = "mississippi".chars().collect();
    let mut letters: Vec<char> = set.iter().copied().collect();
    letters.sort_unstable();
    println!("set {:?} len {} cap {}", letters, set.len(), set.capacity());

    let s: String = std::iter::repeat("ab").take(5).collect();
    println!("collected String len {} cap {}", s.len(), s.capacity());
    let v: Vec<char> = s.chars().rev().collect();
    println!("chars collected len {} cap {}", v.len(), v.capacity());
    println!("sizes VecDeque {} BinaryHeap {} HashMap {} HashSet {}",
        std::mem::size_of::<VecDeque<u8>>(), std::mem::size_of::<BinaryHeap<u8>>(),
        std::mem::size_of::<HashMap<u8, u8>>(), std::mem::size_of::<HashSet<u8>>());
}
