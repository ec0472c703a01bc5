// A HashMap with a user-supplied deterministic hasher (FNV-1a): with the hash under the program's
// control, the iteration order is hashbrown's bucket order and the same on every run.
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        if self.0 == 0 {
            self.0 = 0xcbf29ce484222325;
        }
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// Multiplies the key by a large odd constant so the top 7 bits and the low bits both vary.
#[derive(Default, Clone)]
struct Mul;
struct MulHasher(u64);
impl Hasher for MulHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | *b as u64).wrapping_mul(0x9E3779B97F4A7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E3779B97F4A7C15);
    }
}
impl BuildHasher for Mul {
    type Hasher = MulHasher;
    fn build_hasher(&self) -> MulHasher {
        MulHasher(0)
    }
}

fn main() {
    let mut m: HashMap<&str, u32, FnvBuild> = HashMap::default();
    for (i, w) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].iter().enumerate() {
        m.insert(w, i as u32 + 1);
    }
    println!("{:?}", m);
    m.remove("three");
    m.remove("seven");
    m.insert("eleven", 11);
    println!("{:?}", m.keys().collect::<Vec<_>>());
    println!("hash of \"one\": {:x}", m.hasher().hash_one("one"));

    let mut n: HashMap<u64, u64, Mul> = HashMap::with_hasher(Mul);
    for i in 0..40u64 {
        n.insert(i, i * i);
        if i % 10 == 9 {
            println!("{} items cap {}: {:?}", n.len(), n.capacity(), n.keys().collect::<Vec<_>>());
        }
    }
    for i in (0..40u64).step_by(3) {
        n.remove(&i);
    }
    n.extend((100..110u64).map(|i| (i, i)));
    println!("{:?}", n.values().collect::<Vec<_>>());
    n.shrink_to_fit();
    println!("shrunk cap {}: {:?}", n.capacity(), n.keys().collect::<Vec<_>>());
    let c = n.clone();
    println!("clone same order: {}", c.keys().eq(n.keys()));

    let mut s: HashSet<u64, Mul> = HashSet::with_capacity_and_hasher(5, Mul);
    s.extend([5u64, 10, 15, 20, 25, 30]);
    let t: HashSet<u64, Mul> = [10u64, 20, 30, 40].into_iter().collect();
    println!("{:?}", s);
    println!("union {:?}", s.union(&t).collect::<Vec<_>>());
    println!("intersection {:?}", s.intersection(&t).collect::<Vec<_>>());
    println!("difference {:?}", s.difference(&t).collect::<Vec<_>>());
    println!("symmetric {:?}", s.symmetric_difference(&t).collect::<Vec<_>>());
    println!("drain {:?}", s.drain().collect::<Vec<_>>());
}
