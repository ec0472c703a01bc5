// Small generic LRU cache using VecDeque for recency plus HashMap storage.
use std::collections::{HashMap, VecDeque};
use std::fmt::{self, Debug};
use std::hash::Hash;

pub struct Lru<K, V> {
    cap: usize,
    order: VecDeque<K>,
    store: HashMap<K, V>,
    evicted: Vec<K>,
}

impl<K: Hash + Eq + Clone, V> Lru<K, V> {
    pub fn with_capacity(cap: usize) -> Self {
        assert!(cap > 0);
        Lru { cap, order: VecDeque::with_capacity(cap), store: HashMap::new(), evicted: Vec::new() }
    }

    fn touch(&mut self, k: &K) {
        if let Some(pos) = self.order.iter().position(|x| x == k) {
            let key = self.order.remove(pos).unwrap();
            self.order.push_back(key);
        }
    }

    pub fn get(&mut self, k: &K) -> Option<&V> {
        if self.store.contains_key(k) {
            self.touch(k);
            self.store.get(k)
        } else {
            None
        }
    }

    pub fn get_or_insert_with<F: FnOnce() -> V>(&mut self, k: K, f: F) -> &mut V {
        if !self.store.contains_key(&k) {
            let v = f();
            self.put(k.clone(), v);
        } else {
            self.touch(&k);
        }
        self.store.get_mut(&k).unwrap()
    }

    pub fn put(&mut self, k: K, v: V) -> Option<V> {
        if let Some(old) = self.store.insert(k.clone(), v) {
            self.touch(&k);
            return Some(old);
        }
        self.order.push_back(k);
        if self.order.len() > self.cap {
            if let Some(victim) = self.order.pop_front() {
                self.store.remove(&victim);
                self.evicted.push(victim);
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn keys_lru_first(&self) -> impl Iterator<Item = &K> + '_ {
        self.order.iter()
    }
}

impl<K: Debug + Hash + Eq, V: Debug> Debug for Lru<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for k in self.order.iter().rev() {
            m.entry(k, &self.store[k]);
        }
        m.finish()
    }
}

fn expensive_len(s: &str, calls: &mut u32) -> usize {
    *calls += 1;
    s.chars().filter(|c| c.is_alphabetic()).count()
}

fn main() {
    let mut cache: Lru<&str, i32> = Lru::with_capacity(3);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    println!("{:?}", cache);
    println!("get a = {:?}", cache.get(&"a"));
    cache.put("d", 4);
    println!("after put d: {:?}", cache);
    println!("get b = {:?}", cache.get(&"b"));
    println!("replace c: {:?}", cache.put("c", 30));
    cache.put("e", 5);
    println!("after put e: {:?}", cache);
    println!("evicted so far: {:?}", cache.evicted);
    println!("lru order: {:?}", cache.keys_lru_first().collect::<Vec<_>>());

    *cache.get_or_insert_with("c", || 0) += 100;
    *cache.get_or_insert_with("z", || -1) -= 1;
    println!("after get_or_insert: {:?} len={}", cache, cache.len());

    let mut calls = 0u32;
    let mut memo: Lru<String, usize> = Lru::with_capacity(2);
    let words = ["alpha", "beta", "alpha", "gamma", "beta", "alpha", "alpha"];
    let mut out = Vec::new();
    for w in words {
        let v = *memo.get_or_insert_with(w.to_string(), || expensive_len(w, &mut calls));
        out.push(v);
    }
    println!("lengths: {:?}", out);
    println!("expensive calls: {}", calls);
    println!("memo evicted: {:?}", memo.evicted);
}
