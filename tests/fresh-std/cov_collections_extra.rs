// Odds and ends of the collections: conditional pops, disjoint borrows, capacity management.
use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};

fn main() {
    let mut queue: VecDeque<u32> = (1..=6).collect();
    println!("pop_front_if={:?} {:?}", queue.pop_front_if(|x| *x == 1), queue.pop_front_if(|x| *x > 5));
    println!("pop_back_if={:?} {:?} left={:?}", queue.pop_back_if(|x| { *x += 10; *x > 10 }), queue.pop_back_if(|x| *x % 2 == 0), queue);

    let mut stock: HashMap<&str, i32> = HashMap::from([("apples", 5), ("pears", 2), ("plums", 9)]);
    let [a, p, missing] = stock.get_disjoint_mut(["apples", "pears", "kiwis"]);
    if let (Some(a), Some(p)) = (a, p) {
        std::mem::swap(a, p);
    }
    println!("missing={:?}", missing);
    let [plums] = unsafe { stock.get_disjoint_unchecked_mut(["plums"]) };
    *plums.unwrap() += 1;
    let mut items: Vec<_> = stock.iter().collect();
    items.sort();
    println!("stock={:?}", items);

    let mut tags: HashSet<String> = ["red", "green", "blue", "gray", "gold"].iter().map(|s| s.to_string()).collect();
    let mut g: Vec<String> = tags.extract_if(|t| t.starts_with('g')).collect();
    g.sort();
    let mut rest: Vec<_> = tags.iter().cloned().collect();
    rest.sort();
    println!("extract_if={:?} rest={:?}", g, rest);
    let _hasher = tags.hasher();
    tags.reserve(20);
    println!("reserve: cap>=22 {}", tags.capacity() >= 22);
    println!("try_reserve ok={} err={}", tags.try_reserve(5).is_ok(), tags.try_reserve(usize::MAX).is_err());
    tags.shrink_to(10);
    println!("shrink_to: cap>=10 {}", tags.capacity() >= 10);
    tags.shrink_to_fit();
    println!("shrink_to_fit: len={} cap>=len {}", tags.len(), tags.capacity() >= tags.len());
    tags.clear();
    println!("clear: empty={}", tags.is_empty());

    let mut ids: BTreeSet<u32> = (1..5).collect();
    ids.clear();
    println!("btreeset clear: {:?} {}", ids, ids.len());

    let mut heap: BinaryHeap<u32> = BinaryHeap::new();
    heap.reserve_exact(5);
    println!("heap reserve_exact cap={}", heap.capacity());
    println!("heap try_reserve_exact={:?} cap={}", heap.try_reserve_exact(10).is_ok(), heap.capacity());
    println!("heap try_reserve={:?} err={}", heap.try_reserve(1).is_ok(), heap.try_reserve(usize::MAX).is_err());
    heap.extend([3, 1, 4]);
    heap.shrink_to(4);
    println!("heap shrink_to cap={} peek={:?}", heap.capacity(), heap.peek());
    let empty: VecDeque<i32> = VecDeque::new();
    println!("{}", empty[0]);
}
