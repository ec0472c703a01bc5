use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct LruCache<K, V> {
    cap: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u32,
    misses: u32,
    evicted: Vec<K>,
}

impl<K: Hash + Eq + Clone + Debug, V: Clone> LruCache<K, V> {
    fn with_capacity(cap: usize) -> Self {
        LruCache { cap, map: HashMap::new(), order: VecDeque::new(), hits: 0, misses: 0, evicted: vec![] }
    }

    fn touch(&mut self, k: &K) {
        if let Some(pos) = self.order.iter().position(|x| x == k) {
            let key = self.order.remove(pos).unwrap();
            self.order.push_back(key);
        }
    }

    fn get(&mut self, k: &K) -> Option<V> {
        if self.map.contains_key(k) {
            self.hits += 1;
            self.touch(k);
            self.map.get(k).cloned()
        } else {
            self.misses += 1;
            None
        }
    }

    fn put(&mut self, k: K, v: V) {
        if self.map.insert(k.clone(), v).is_some() {
            self.touch(&k);
            return;
        }
        self.order.push_back(k);
        while self.order.len() > self.cap {
            if let Some(old) = self.order.pop_front() {
                self.map.remove(&old);
                self.evicted.push(old);
            }
        }
    }

    fn get_or_compute<F: FnOnce(&K) -> V>(&mut self, k: K, f: F) -> V {
        match self.get(&k) {
            Some(v) => v,
            None => {
                let v = f(&k);
                self.put(k, v.clone());
                v
            }
        }
    }

    fn keys_lru_first(&self) -> Vec<K> {
        self.order.iter().cloned().collect()
    }

    fn hit_rate(&self) -> f64 {
        let total = self.hits + self.misses;
        if total == 0 { 0.0 } else { self.hits as f64 * 100.0 / total as f64 }
    }
}

fn slow_square(n: &u64) -> u64 {
    (0..*n).fold(0, |acc, _| acc + n)
}

fn main() {
    let mut cache: LruCache<&str, i32> = LruCache::with_capacity(3);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    println!("get a -> {:?}", cache.get(&"a"));
    cache.put("d", 4);
    println!("get b -> {:?}", cache.get(&"b"));
    cache.put("c", 30);
    cache.put("e", 5);
    println!("order: {:?}", cache.keys_lru_first());
    println!("evicted: {:?}", cache.evicted);
    for k in ["a", "b", "c", "d", "e"] {
        let shown = cache.get(&k).map_or("-".to_string(), |v| v.to_string());
        print!("{}={} ", k, shown);
    }
    println!();
    println!("hits={} misses={} rate={:.1}%", cache.hits, cache.misses, cache.hit_rate());

    let mut sq: LruCache<u64, u64> = LruCache::with_capacity(4);
    let requests = [3u64, 7, 3, 12, 9, 7, 20, 3, 12, 12, 5, 9];
    let mut computed = 0;
    let results: Vec<u64> = requests
        .iter()
        .map(|&n| {
            sq.get_or_compute(n, |k| {
                computed += 1;
                slow_square(k)
            })
        })
        .collect();
    println!("results: {:?}", results);
    println!("computed {} times, cache keys {:?}", computed, sq.keys_lru_first());
    println!("evicted order: {:?}", sq.evicted);
    println!("hit rate {:>7.2}%", sq.hit_rate());
}
