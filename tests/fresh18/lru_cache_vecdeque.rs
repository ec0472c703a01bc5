// An LRU cache built from HashMap + VecDeque. Methods return references into
// the map after mutating the recency queue, written in an NLL-friendly way.
use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct Lru<K, V> {
    cap: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u32,
    misses: u32,
}

impl<K: Hash + Eq + Clone + Debug, V: Debug> Lru<K, V> {
    fn new(cap: usize) -> Self {
        Lru { cap, map: HashMap::new(), order: VecDeque::new(), hits: 0, misses: 0 }
    }

    fn touch(&mut self, k: &K) {
        if let Some(pos) = self.order.iter().position(|x| x == k) {
            let key = self.order.remove(pos).unwrap();
            self.order.push_back(key);
        }
    }

    fn get(&mut self, k: &K) -> Option<&V> {
        if self.map.contains_key(k) {
            self.hits += 1;
            self.touch(k);
            self.map.get(k)
        } else {
            self.misses += 1;
            None
        }
    }

    fn get_or_insert_with(&mut self, k: K, f: impl FnOnce(&K) -> V) -> &mut V {
        if self.map.contains_key(&k) {
            self.hits += 1;
            self.touch(&k);
        } else {
            self.misses += 1;
            if self.map.len() == self.cap {
                if let Some(old) = self.order.pop_front() {
                    self.map.remove(&old);
                }
            }
            let v = f(&k);
            self.order.push_back(k.clone());
            self.map.insert(k.clone(), v);
        }
        self.map.get_mut(&k).unwrap()
    }

    fn put(&mut self, k: K, v: V) -> Option<V> {
        if let Some(slot) = self.map.get_mut(&k) {
            let old = std::mem::replace(slot, v);
            self.touch(&k);
            return Some(old);
        }
        let mut v = Some(v);
        self.get_or_insert_with(k, |_| v.take().unwrap());
        v
    }

    fn keys_in_order(&self) -> Vec<&K> {
        self.order.iter().collect()
    }
}

fn main() {
    let mut cache: Lru<String, Vec<usize>> = Lru::new(3);
    let words = ["apple", "kiwi", "apple", "fig", "plum", "kiwi", "apple", "fig", "fig"];
    for w in words {
        let entry = cache.get_or_insert_with(w.to_string(), |k| k.char_indices().filter(|(_, c)| "aeiou".contains(*c)).map(|(i, _)| i).collect());
        entry.push(entry.len());
    }
    println!("order {:?}", cache.keys_in_order());
    let mut snapshot: Vec<(&String, &Vec<usize>)> = cache.map.iter().collect();
    snapshot.sort();
    println!("contents {:?}", snapshot);
    println!("hits={} misses={}", cache.hits, cache.misses);

    for probe in ["kiwi", "plum", "fig"] {
        let got = cache.get(&probe.to_string()).map(|v| v.len());
        println!("get {} -> {:?}", probe, got);
    }
    println!("order now {:?}", cache.keys_in_order());

    let mut nums: Lru<u32, Option<u64>> = Lru::new(2);
    for k in [1, 2, 1, 3, 2] {
        let prev = nums.put(k, Some(k as u64 * 100));
        println!("put {} prev {:?}", k, prev);
        let slot = nums.get_or_insert_with(k, |_| None);
        let val = slot.get_or_insert(k as u64);
        *val += 1;
    }
    let mut ns: Vec<_> = nums.map.iter().map(|(k, v)| (*k, *v)).collect();
    ns.sort();
    println!("nums {:?} order {:?} hits={} misses={}", ns, nums.keys_in_order(), nums.hits, nums.misses);
}
