use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u32,
    misses: u32,
}

impl<K: Hash + Eq + Clone + Debug, V: Clone + Debug> LruCache<K, V> {
    fn new(capacity: usize) -> Self {
        assert!(capacity > 0);
        LruCache { capacity, map: HashMap::with_capacity(capacity), order: VecDeque::new(), hits: 0, misses: 0 }
    }

    fn touch(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    fn get(&mut self, key: &K) -> Option<V> {
        if self.map.contains_key(key) {
            self.hits += 1;
            self.touch(key);
            self.map.get(key).cloned()
        } else {
            self.misses += 1;
            None
        }
    }

    fn put(&mut self, key: K, value: V) -> Option<(K, V)> {
        if self.map.insert(key.clone(), value).is_some() {
            self.touch(&key);
            return None;
        }
        self.order.push_back(key);
        if self.order.len() > self.capacity {
            let old = self.order.pop_front()?;
            let v = self.map.remove(&old)?;
            return Some((old, v));
        }
        None
    }

    fn keys_lru_first(&self) -> Vec<&K> {
        self.order.iter().collect()
    }
}

fn slow_square(n: u64) -> u64 {
    (0..n).map(|_| n).sum()
}

fn main() {
    let mut cache: LruCache<&str, i32> = LruCache::new(3);
    for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
        cache.put(k, v);
    }
    println!("order: {:?}", cache.keys_lru_first());
    println!("get a: {:?}", cache.get(&"a"));
    println!("put d evicts: {:?}", cache.put("d", 4));
    println!("get b: {:?}", cache.get(&"b"));
    println!("put c=30 evicts: {:?}", cache.put("c", 30));
    println!("order: {:?}", cache.keys_lru_first());
    println!("put e evicts: {:?}", cache.put("e", 5));
    println!("get c: {:?}", cache.get(&"c"));
    println!("hits={} misses={}", cache.hits, cache.misses);

    let mut memo: LruCache<u64, u64> = LruCache::new(4);
    let requests = [3, 5, 3, 7, 9, 11, 3, 5, 5, 12, 3];
    let mut results = Vec::new();
    for &n in &requests {
        let v = match memo.get(&n) {
            Some(v) => v,
            None => {
                let v = slow_square(n);
                if let Some((k, _)) = memo.put(n, v) {
                    println!("  evicted {}", k);
                }
                v
            }
        };
        results.push(v);
    }
    println!("results: {:?}", results);
    println!("hit rate: {:.1}% ({} / {})", 100.0 * memo.hits as f64 / requests.len() as f64, memo.hits, requests.len());
    println!("final order: {:?}", memo.keys_lru_first());
}
