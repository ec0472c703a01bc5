use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;

struct Resource {
    name: String,
    bytes: usize,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("  [drop] releasing {} ({} bytes)", self.name, self.bytes);
    }
}

struct LruCache<K, V> {
    cap: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u32,
    misses: u32,
}

impl<K, V> LruCache<K, V>
where
    K: Hash + Eq + Clone + Debug,
{
    fn new(cap: usize) -> Self {
        LruCache { cap, map: HashMap::with_capacity(cap), order: VecDeque::new(), hits: 0, misses: 0 }
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

    fn put(&mut self, k: K, v: V) -> Option<V> {
        if self.map.contains_key(&k) {
            self.touch(&k);
            return self.map.insert(k, v);
        }
        let mut evicted = None;
        if self.map.len() == self.cap {
            if let Some(old) = self.order.pop_front() {
                println!("  evict {:?}", old);
                evicted = self.map.remove(&old);
            }
        }
        self.order.push_back(k.clone());
        self.map.insert(k, v);
        evicted
    }

    fn get_or_load(&mut self, k: K, load: impl FnOnce(&K) -> V) -> &V {
        if self.get(&k).is_none() {
            let v = load(&k);
            drop(self.put(k.clone(), v));
        }
        self.map.get(&k).unwrap()
    }

    fn keys_mru(&self) -> Vec<K> {
        self.order.iter().rev().cloned().collect()
    }
}

fn main() {
    let mut cache: LruCache<String, Resource> = LruCache::new(3);
    let mut loads = 0;
    let requests = "logo.png style.css app.js logo.png font.ttf style.css app.js logo.png logo.png";
    for name in requests.split_whitespace() {
        println!("request {name}");
        let r = cache.get_or_load(name.to_string(), |k| {
            loads += 1;
            Resource { name: k.clone(), bytes: k.len() * 100 }
        });
        println!("  -> {} ({}B)", r.name, r.bytes);
    }
    println!("MRU order: {:?}", cache.keys_mru());
    println!("hits={} misses={} loads={}", cache.hits, cache.misses, loads);
    let ratio = cache.hits as f64 / (cache.hits + cache.misses) as f64;
    println!("hit ratio {:.1}%", ratio * 100.0);

    let mut small: LruCache<u8, &str> = LruCache::new(2);
    small.put(1, "one");
    small.put(2, "two");
    let replaced = small.put(1, "uno");
    small.put(3, "three");
    let g2 = small.get(&2).copied();
    let g1 = small.get(&1).copied();
    println!("replaced={:?} get(2)={:?} get(1)={:?}", replaced, g2, g1);

    {
        let replaced_res = cache.put("logo.png".to_string(), Resource { name: "logo-v2".into(), bytes: 1 });
        println!("replaced resource present: {}", replaced_res.is_some());
    }
    println!("clearing cache");
    let mut keys = cache.keys_mru();
    keys.sort();
    for k in keys {
        let r = cache.map.remove(&k);
        println!(" removed {k}: {}", r.as_ref().map_or(0, |r| r.bytes));
    }
    println!("end of main");
}
