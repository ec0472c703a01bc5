use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>, // front = least recently used
    hits: u32,
    misses: u32,
}

impl<K, V> LruCache<K, V>
where
    K: Eq + Hash + Clone + Debug,
    V: Clone,
{
    fn new(capacity: usize) -> Self {
        assert!(capacity > 0);
        LruCache { capacity, map: HashMap::new(), order: VecDeque::new(), hits: 0, misses: 0 }
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

    fn put(&mut self, key: K, value: V) -> Option<K> {
        if self.map.insert(key.clone(), value).is_some() {
            self.touch(&key);
            return None;
        }
        self.order.push_back(key);
        if self.order.len() > self.capacity {
            let old = self.order.pop_front()?;
            self.map.remove(&old);
            return Some(old);
        }
        None
    }

    fn keys(&self) -> Vec<&K> {
        self.order.iter().collect()
    }
}

fn slow_square(n: u64, calls: &mut u32) -> u64 {
    *calls += 1;
    (0..n).map(|_| n).sum()
}

fn main() {
    let mut cache: LruCache<&str, i32> = LruCache::new(3);
    for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
        cache.put(k, v);
    }
    println!("keys {:?}", cache.keys());
    println!("get a -> {:?}", cache.get(&"a"));
    println!("keys {:?}", cache.keys());
    println!("put d evicts {:?}", cache.put("d", 4));
    println!("get b -> {:?}", cache.get(&"b"));
    println!("put c=30 evicts {:?}", cache.put("c", 30));
    println!("keys {:?}", cache.keys());
    println!("put e evicts {:?}", cache.put("e", 5));
    println!("get c -> {:?}", cache.get(&"c"));
    println!("keys {:?} hits={} misses={}", cache.keys(), cache.hits, cache.misses);

    let mut memo: LruCache<u64, u64> = LruCache::new(4);
    let mut calls = 0;
    let requests = [5, 7, 5, 9, 11, 13, 5, 7, 7, 20, 9];
    let mut results = Vec::new();
    for n in requests {
        let v = match memo.get(&n) {
            Some(v) => v,
            None => {
                let v = slow_square(n, &mut calls);
                if let Some(evicted) = memo.put(n, v) {
                    println!("  evicted {evicted} while adding {n}");
                }
                v
            }
        };
        results.push(v);
    }
    println!("results {results:?}");
    println!("computed {calls} times for {} requests (hits {}, misses {})", requests.len(), memo.hits, memo.misses);
    println!("final order {:?}", memo.keys());

    let mut strings: LruCache<String, Vec<char>> = LruCache::new(2);
    strings.put("hello".to_string(), "hello".chars().rev().collect());
    strings.put("abc".to_string(), vec!['x']);
    strings.put("hello".to_string(), vec!['h']);
    let evicted = strings.put("zzz".to_string(), vec![]);
    println!("evicted {evicted:?}, hello={:?}", strings.get(&"hello".to_string()));
}
