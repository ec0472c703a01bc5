// How a HashMap's table grows and shrinks: capacities for each element size, reserve, shrink_to_fit,
// clear keeping the table, try_reserve errors, and the size of the map itself.
use std::collections::{HashMap, HashSet, TryReserveError};
use std::mem::size_of;

fn main() {
    println!("sizes: map {} set {} option<map> {} map<String,Vec<u8>> {}", size_of::<HashMap<u64, u64>>(),
             size_of::<HashSet<u8>>(), size_of::<Option<HashMap<i32, i32>>>(), size_of::<HashMap<String, Vec<u8>>>());

    let empty: HashMap<u32, u32> = HashMap::new();
    println!("new: cap {} len {}", empty.capacity(), empty.len());

    // with_capacity rounds up to a power-of-two bucket count at 7/8 load.
    for want in [0usize, 1, 3, 4, 7, 8, 14, 15, 28, 29, 100, 1000] {
        let m: HashMap<u32, u32> = HashMap::with_capacity(want);
        let s: HashSet<u8> = HashSet::with_capacity(want);
        let w: HashMap<u8, u8> = HashMap::with_capacity(want);
        println!("with_capacity({want}): u32 map {}, u8 set {}, u8 map {}", m.capacity(), s.capacity(), w.capacity());
    }

    // Growth by single inserts: print every time the capacity changes.
    let mut m: HashMap<u64, String> = HashMap::new();
    let mut last = m.capacity();
    for i in 0..200u64 {
        m.insert(i, format!("v{i}"));
        if m.capacity() != last {
            println!("after {} inserts: capacity {} -> {}", m.len(), last, m.capacity());
            last = m.capacity();
        }
    }

    // Removing does not shrink; shrink_to and shrink_to_fit do.
    for i in 0..190u64 {
        m.remove(&i);
    }
    println!("after removals: len {} cap at most 224: {}", m.len(), m.capacity() <= 224);
    m.shrink_to(50);
    println!("shrink_to(50): cap {}", m.capacity());
    m.shrink_to_fit();
    println!("shrink_to_fit: cap {}", m.capacity());
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort();
    println!("keys left {:?}", keys);

    m.reserve(100);
    println!("reserve(100): cap {} len {}", m.capacity(), m.len());
    m.clear();
    println!("clear: cap {} len {}", m.capacity(), m.len());
    m.shrink_to_fit();
    println!("shrink_to_fit empty: cap {}", m.capacity());

    // A set of u8 gets 14 slots even for one element (its buckets are so small).
    let mut s: HashSet<u8> = HashSet::new();
    s.insert(7);
    println!("one u8: cap {}", s.capacity());
    s.extend(0..=255u8);
    println!("all u8: len {} cap {}", s.len(), s.capacity());

    // try_reserve reports overflow instead of panicking.
    let mut t: HashMap<i32, i32> = HashMap::from([(1, 1), (2, 4)]);
    let r: Result<(), TryReserveError> = t.try_reserve(usize::MAX);
    println!("try_reserve(MAX): {:?}", r);
    if let Err(e) = r {
        println!("error: {e}");
    }
    println!("try_reserve(10): {:?} cap {}", t.try_reserve(10), t.capacity());

    // Collecting reserves the iterator's size hint up front.
    let c: HashMap<u32, u32> = (0..50).map(|i| (i, i * i)).collect();
    println!("collected 50: cap {}", c.capacity());
    let mut d = c.clone();
    println!("clone: cap {} len {} eq {}", d.capacity(), d.len(), d == c);
    d.extend((0..10).map(|i| (i + 1000, i)));
    println!("extend by 10: cap {} len {}", d.capacity(), d.len());
}
