use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::fmt::Debug;

trait EvictionPolicy<K> {
    const NAME: &'static str;
    fn on_insert(&mut self, key: &K);
    fn on_access(&mut self, key: &K);
    fn victim(&mut self) -> Option<K>;
    fn on_remove(&mut self, key: &K);
}

#[derive(Default)]
struct Fifo<K> { order: VecDeque<K> }

#[derive(Default)]
struct Lru<K> { order: Vec<K> }

#[derive(Default)]
struct Lfu<K> { counts: Vec<(K, u32, u64)>, tick: u64 }

impl<K: Clone + PartialEq> EvictionPolicy<K> for Fifo<K> {
    const NAME: &'static str = "FIFO";
    fn on_insert(&mut self, key: &K) { self.order.push_back(key.clone()); }
    fn on_access(&mut self, _key: &K) {}
    fn victim(&mut self) -> Option<K> { self.order.front().cloned() }
    fn on_remove(&mut self, key: &K) { self.order.retain(|k| k != key); }
}

impl<K: Clone + PartialEq> EvictionPolicy<K> for Lru<K> {
    const NAME: &'static str = "LRU";
    fn on_insert(&mut self, key: &K) { self.order.push(key.clone()); }
    fn on_access(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos);
            self.order.push(k);
        }
    }
    fn victim(&mut self) -> Option<K> { self.order.first().cloned() }
    fn on_remove(&mut self, key: &K) { self.order.retain(|k| k != key); }
}

impl<K: Clone + PartialEq> EvictionPolicy<K> for Lfu<K> {
    const NAME: &'static str = "LFU";
    fn on_insert(&mut self, key: &K) {
        self.tick += 1;
        self.counts.push((key.clone(), 1, self.tick));
    }
    fn on_access(&mut self, key: &K) {
        self.tick += 1;
        let t = self.tick;
        if let Some(e) = self.counts.iter_mut().find(|(k, _, _)| k == key) {
            e.1 += 1;
            e.2 = t;
        }
    }
    fn victim(&mut self) -> Option<K> {
        self.counts.iter().min_by_key(|(_, c, t)| (*c, *t)).map(|(k, _, _)| k.clone())
    }
    fn on_remove(&mut self, key: &K) { self.counts.retain(|(k, _, _)| k != key); }
}

struct Cache<K, V, P> {
    cap: usize,
    map: HashMap<K, V>,
    policy: P,
    hits: u32,
    misses: u32,
    evicted: Vec<K>,
}

impl<K, V, P> Cache<K, V, P>
where
    K: Hash + Eq + Clone + Debug + Ord,
    V: Clone,
    P: EvictionPolicy<K> + Default,
{
    fn new(cap: usize) -> Self {
        Cache { cap, map: HashMap::new(), policy: P::default(), hits: 0, misses: 0, evicted: vec![] }
    }
    fn get(&mut self, k: &K) -> Option<V> {
        match self.map.get(k) {
            Some(v) => {
                self.hits += 1;
                self.policy.on_access(k);
                Some(v.clone())
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }
    fn put(&mut self, k: K, v: V) {
        if self.map.contains_key(&k) {
            self.map.insert(k.clone(), v);
            self.policy.on_access(&k);
            return;
        }
        if self.map.len() == self.cap {
            let victim = self.policy.victim().expect("policy must give a victim");
            self.policy.on_remove(&victim);
            self.map.remove(&victim);
            self.evicted.push(victim);
        }
        self.policy.on_insert(&k);
        self.map.insert(k, v);
    }
    fn get_or_compute<F: FnOnce(&K) -> V>(&mut self, k: K, f: F) -> V {
        if let Some(v) = self.get(&k) {
            return v;
        }
        let v = f(&k);
        self.put(k, v.clone());
        v
    }
    fn report(&self) -> String {
        let mut keys: Vec<_> = self.map.keys().collect();
        keys.sort();
        format!("{:<4} hits={} misses={} keys={:?} evicted={:?}", P::NAME, self.hits, self.misses, keys, self.evicted)
    }
}

fn run<P: EvictionPolicy<u32> + Default>() -> String {
    let mut c: Cache<u32, String, P> = Cache::new(3);
    let pattern = [1u32, 2, 3, 1, 4, 1, 2, 5, 1, 3, 3, 6, 2];
    let mut computed = 0;
    for &k in &pattern {
        let _ = c.get_or_compute(k, |k| {
            computed += 1;
            format!("v{}", k * k)
        });
    }
    c.put(1, "override".to_string());
    format!("{} computed={} one={:?}", c.report(), computed, c.get(&1))
}

fn main() {
    println!("{}", run::<Fifo<u32>>());
    println!("{}", run::<Lru<u32>>());
    println!("{}", run::<Lfu<u32>>());

    let mut words: Cache<String, usize, Lru<String>> = Cache::new(2);
    for w in "the cat saw the dog and the cat ran".split_whitespace() {
        let n = words.get(&w.to_string()).unwrap_or(0);
        words.put(w.to_string(), n + 1);
    }
    let mut entries: Vec<(&String, &usize)> = words.map.iter().collect();
    entries.sort();
    println!("words: {:?} evicted={}", entries, words.evicted.len());
}
