// Memoization with HashMap in a struct holding F: Fn(u64) -> u64; recursive memo via &mut.
use std::collections::HashMap;

pub struct Memo<F>
where
    F: Fn(u64) -> u64,
{
    func: F,
    cache: HashMap<u64, u64>,
    hits: u32,
    misses: u32,
}

impl<F: Fn(u64) -> u64> Memo<F> {
    pub fn new(func: F) -> Self {
        Memo { func, cache: HashMap::new(), hits: 0, misses: 0 }
    }
    pub fn get(&mut self, x: u64) -> u64 {
        if let Some(&v) = self.cache.get(&x) {
            self.hits += 1;
            return v;
        }
        self.misses += 1;
        let v = (self.func)(x);
        self.cache.insert(x, v);
        v
    }
    pub fn stats(&self) -> String {
        format!("hits={} misses={} cached={}", self.hits, self.misses, self.cache.len())
    }
}

pub struct RecMemo<K, V> {
    cache: HashMap<K, V>,
    calls: usize,
}

impl<K: std::hash::Hash + Eq + Clone, V: Clone> RecMemo<K, V> {
    pub fn new() -> Self {
        RecMemo { cache: HashMap::new(), calls: 0 }
    }
    pub fn call(&mut self, k: K, f: &dyn Fn(&mut Self, K) -> V) -> V {
        self.calls += 1;
        if let Some(v) = self.cache.get(&k) {
            return v.clone();
        }
        let v = f(self, k.clone());
        self.cache.insert(k, v.clone());
        v
    }
}

fn fib(m: &mut RecMemo<u64, u64>, n: u64) -> u64 {
    if n < 2 {
        n
    } else {
        m.call(n - 1, &fib) + m.call(n - 2, &fib)
    }
}

fn grid_paths(m: &mut RecMemo<(u32, u32), u64>, (r, c): (u32, u32)) -> u64 {
    if r == 0 || c == 0 {
        1
    } else {
        m.call((r - 1, c), &grid_paths) + m.call((r, c - 1), &grid_paths)
    }
}

fn collatz_len(mut n: u64) -> u64 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut slow_square = Memo::new(|x| {
        let mut acc = 0;
        for _ in 0..x {
            acc += x;
        }
        acc
    });
    let inputs = [3, 4, 3, 10, 4, 3];
    let outs: Vec<u64> = inputs.iter().map(|&x| slow_square.get(x)).collect();
    println!("squares: {:?}", outs);
    println!("square stats: {}", slow_square.stats());

    let offset = 7;
    let mut shifted = Memo::new(move |x| x * 3 + offset);
    println!("shifted: {} {} {}", shifted.get(1), shifted.get(1), shifted.get(2));
    println!("shifted stats: {}", shifted.stats());

    let mut collatz = Memo::new(collatz_len);
    let best = (1..=30u64).max_by_key(|&n| (collatz.get(n), std::cmp::Reverse(n))).unwrap();
    println!("longest collatz under 30: {} ({} steps)", best, collatz.get(best));
    println!("collatz stats: {}", collatz.stats());

    let mut fm = RecMemo::new();
    let f50 = fm.call(50, &fib);
    println!("fib(50) = {} with {} calls, cache {}", f50, fm.calls, fm.cache.len());
    let f90 = fm.call(90, &fib);
    println!("fib(90) = {} total calls {}", f90, fm.calls);

    let mut gm = RecMemo::new();
    for n in [2u32, 5, 10, 16] {
        println!("grid {}x{} paths = {}", n, n, gm.call((n, n), &grid_paths));
    }
    let mut keys: Vec<(u32, u32)> = gm.cache.keys().copied().filter(|(r, c)| r == c).collect();
    keys.sort();
    println!("diagonal keys cached: {:?}", keys);
}
