use std::collections::BinaryHeap;
fn main() {
    let mut h = BinaryHeap::with_capacity(10);
    for x in [5, 1, 8, 3] { h.push(x); }
    let v: Vec<i32> = h.into_iter().collect();
    println!("{} {}", v.len(), v.capacity());
    let mut h2 = BinaryHeap::new();
    for x in [5u64, 1, 8, 3, 9] { h2.push(x); }
    let w: Vec<u64> = h2.into_iter().map(|x| x * 2).filter(|x| *x > 4).collect();
    println!("{} {}", w.len(), w.capacity());
}
