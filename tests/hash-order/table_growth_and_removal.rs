// Insertions past each capacity (3, 7, 14, 28), removals leaving EMPTY and DELETED control bytes,
// re-insertions into them, a HashSet from collect, entry counting words: the iteration order follows
// the buckets, so it shows where hashbrown put each key.
use std::collections::{HashMap, HashSet};

fn main() {
    let mut m = HashMap::new();
    for i in 0..30u64 {
        m.insert(i * 7919, i);
        if i % 4 == 3 {
            let order: Vec<u64> = m.keys().copied().collect();
            println!("{} {:?}", m.len(), order);
        }
    }
    for i in 0..10u64 {
        m.remove(&(i * 3 * 7919));
    }
    for i in 100..110u64 {
        m.insert(i, i);
    }
    let order: Vec<u64> = m.values().copied().collect();
    println!("{:?}", order);
    let set: HashSet<char> = "the quick brown fox jumps over the lazy dog".chars().collect();
    println!("{} {:?}", set.len(), set);
    let mut counts = HashMap::new();
    for w in "a b a c b a d e f g a h".split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let mut names: HashMap<String, Vec<u32>> = HashMap::new();
    names.insert(String::from("x"), vec![1, 2]);
    println!("{:?} {:?} {}", names.get("x"), names.get("y"), names.contains_key("x"));
    println!("{:?}", names.remove("x"));
}
