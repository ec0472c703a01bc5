use std::collections::BTreeMap;

#[derive(Debug)]
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        if self.0 % 50 == 0 {
            println!("drop Noisy({})", self.0);
        }
    }
}

fn check(m: &BTreeMap<u32, u32>) -> bool {
    let v: Vec<u32> = m.keys().copied().collect();
    v.windows(2).all(|w| w[0] < w[1]) && v.len() == m.len()
}

fn main() {
    let mut m = BTreeMap::new();
    // pseudo-random insertion order
    let mut x: u32 = 7;
    for _ in 0..500 {
        x = x.wrapping_mul(1103515245).wrapping_add(12345) % 1000;
        m.insert(x, x * 2);
    }
    println!("len after inserts: {}, sorted: {}", m.len(), check(&m));
    let sum: u64 = m.iter().map(|(k, v)| (*k as u64) * (*v as u64)).sum();
    println!("weighted sum = {sum}");
    let mut removed = 0;
    for k in (0..1000).step_by(3) {
        if m.remove(&k).is_some() {
            removed += 1;
        }
    }
    println!("removed {removed}, len {}, sorted {}", m.len(), check(&m));
    for _ in 0..5 {
        println!("pop_first {:?} pop_last {:?}", m.pop_first(), m.pop_last());
    }
    m.retain(|k, v| {
        *v += 1;
        k % 2 == 0
    });
    println!("after retain len {}, sorted {}", m.len(), check(&m));
    println!("first five: {:?}", m.iter().take(5).collect::<Vec<_>>());
    println!("last five rev: {:?}", m.iter().rev().take(5).collect::<Vec<_>>());
    let mut it = m.iter();
    println!("len {} / next {:?} / next_back {:?} / len {}", it.len(), it.next(), it.next_back(), it.len());
    println!("size_hint {:?}", it.size_hint());
    while m.len() > 3 {
        let k = *m.keys().nth(m.len() / 2).unwrap();
        m.remove(&k);
    }
    println!("small: {:?} sorted {}", m, check(&m));
    m.clear();
    println!("cleared: {:?} {}", m, m.len());

    // drop order: in key order, from the map
    let mut noisy = BTreeMap::new();
    for i in (0..=200).rev() {
        noisy.insert(i, Noisy(i));
    }
    println!("pop: {:?}", noisy.pop_first());
    let mut it = noisy.into_iter();
    println!("front {:?} back {:?}", it.next().map(|p| p.0), it.next_back().map(|p| p.0));
    drop(it);
    println!("done");
}
