use std::collections::{HashMap, VecDeque};
use std::fmt::{self, Debug, Display};
use std::hash::Hash;

trait Cache {
    type Key;
    type Value;
    const KIND: &'static str;
    fn get(&mut self, k: &Self::Key) -> Option<&Self::Value>;
    fn put(&mut self, k: Self::Key, v: Self::Value) -> Option<(Self::Key, Self::Value)>;
    fn len(&self) -> usize;
    fn get_or_insert_with<F>(&mut self, k: Self::Key, f: F) -> Self::Value
    where
        F: FnOnce(&Self::Key) -> Self::Value,
        Self::Key: Clone,
        Self::Value: Clone,
    {
        if let Some(v) = self.get(&k) {
            return v.clone();
        }
        let v = f(&k);
        self.put(k, v.clone());
        v
    }
}

#[derive(Default, Debug, Clone, Copy)]
struct Stats {
    hits: u32,
    misses: u32,
    evictions: u32,
}

struct Lru<K, V, const CAP: usize> {
    map: HashMap<K, V>,
    order: VecDeque<K>,
    stats: Stats,
}

impl<K: Hash + Eq + Clone, V, const CAP: usize> Lru<K, V, CAP> {
    fn new() -> Self {
        Lru { map: HashMap::new(), order: VecDeque::with_capacity(CAP), stats: Stats::default() }
    }
    fn touch(&mut self, k: &K) {
        if let Some(pos) = self.order.iter().position(|x| x == k) {
            let key = self.order.remove(pos).unwrap();
            self.order.push_back(key);
        }
    }
    fn keys_by_recency(&self) -> impl Iterator<Item = &K> + '_ {
        self.order.iter().rev()
    }
}

impl<K: Hash + Eq + Clone, V, const CAP: usize> Cache for Lru<K, V, CAP> {
    type Key = K;
    type Value = V;
    const KIND: &'static str = "LRU";
    fn get(&mut self, k: &K) -> Option<&V> {
        if self.map.contains_key(k) {
            self.stats.hits += 1;
            self.touch(k);
            self.map.get(k)
        } else {
            self.stats.misses += 1;
            None
        }
    }
    fn put(&mut self, k: K, v: V) -> Option<(K, V)> {
        if self.map.insert(k.clone(), v).is_some() {
            self.touch(&k);
            return None;
        }
        self.order.push_back(k);
        if self.order.len() > CAP {
            let old = self.order.pop_front()?;
            self.stats.evictions += 1;
            let val = self.map.remove(&old)?;
            return Some((old, val));
        }
        None
    }
    fn len(&self) -> usize { self.map.len() }
}

impl<K: Debug + Hash + Eq + Clone, V, const CAP: usize> Display for Lru<K, V, CAP> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}<{}> {}/{} hot->cold {:?} ", Self::KIND, CAP, self.len(), CAP, self.keys_by_recency().collect::<Vec<_>>())?;
        write!(f, "(h={} m={} e={})", self.stats.hits, self.stats.misses, self.stats.evictions)
    }
}

fn count_ways(c: &mut impl Cache<Key = (usize, usize), Value = u64>, grid: &[&str], r: usize, col: usize) -> u64 {
    if r == grid.len() - 1 {
        return 1;
    }
    if let Some(&v) = c.get(&(r, col)) {
        return v;
    }
    let row = grid[r + 1].as_bytes();
    let v = if row[col] == b'^' {
        let l = if col > 0 { count_ways(c, grid, r + 1, col - 1) } else { 0 };
        let rr = if col + 1 < row.len() { count_ways(c, grid, r + 1, col + 1) } else { 0 };
        l + rr
    } else {
        count_ways(c, grid, r + 1, col)
    };
    c.put((r, col), v);
    v
}

const MANIFOLD: &str = ".......S.......
...............
.......^.......
...............
......^.^......
...............
.....^.^.^.....
...............
....^.^...^....
...............
...^.^...^.^...
...............";

fn main() {
    let mut c: Lru<&str, usize, 3> = Lru::new();
    for w in ["alpha", "beta", "gamma", "alpha", "delta", "beta", "alpha", "epsilon"] {
        let before = c.len();
        let v = c.get_or_insert_with(w, |k| k.len());
        println!("lookup {:<8} -> {} (size {} -> {})", w, v, before, c.len());
    }
    println!("{}", c);
    let evicted = c.put("zeta", 4);
    println!("put zeta evicted {:?}; now {}", evicted, c);

    let grid: Vec<&str> = MANIFOLD.lines().collect();
    for_each_cap(&grid, grid[0].find('S').unwrap());
}

fn for_each_cap(grid: &[&str], start: usize) {
    let mut small: Lru<(usize, usize), u64, 4> = Lru::new();
    let mut big: Lru<(usize, usize), u64, 256> = Lru::new();
    let a = count_ways(&mut small, grid, 0, start);
    let b = count_ways(&mut big, grid, 0, start);
    println!("timelines (cap 4): {} stats {:?}", a, small.stats);
    println!("timelines (cap 256): {} stats {:?}", b, big.stats);
    println!("agree: {}, big holds {} entries", a == b, big.len());
}
