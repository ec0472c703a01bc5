use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::fmt::Debug;
use std::hash::Hash;
use std::rc::Rc;

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct CacheStats { hits: u32, misses: u32, evictions: u32 }

struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    stats: Rc<RefCell<CacheStats>>,
    on_evict: Option<Box<dyn FnMut(&K, &V)>>,
}

impl<K: Hash + Eq + Clone + Debug, V: Clone> LruCache<K, V> {
    fn new(capacity: usize, stats: Rc<RefCell<CacheStats>>) -> Self {
        LruCache { capacity, map: HashMap::new(), order: VecDeque::new(), stats, on_evict: None }
    }

    fn touch(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    fn get(&mut self, key: &K) -> Option<V> {
        if self.map.contains_key(key) {
            self.stats.borrow_mut().hits += 1;
            self.touch(key);
            self.map.get(key).cloned()
        } else {
            self.stats.borrow_mut().misses += 1;
            None
        }
    }

    fn put(&mut self, key: K, value: V) {
        if self.map.insert(key.clone(), value).is_some() {
            self.touch(&key);
            return;
        }
        self.order.push_back(key);
        while self.order.len() > self.capacity {
            let Some(old) = self.order.pop_front() else { break };
            let v = self.map.remove(&old).expect("order and map out of sync");
            self.stats.borrow_mut().evictions += 1;
            if let Some(cb) = self.on_evict.as_mut() {
                cb(&old, &v);
            }
        }
    }

    fn get_or_compute<F: FnOnce(&K) -> V>(&mut self, key: K, f: F) -> V {
        if let Some(v) = self.get(&key) {
            return v;
        }
        let v = f(&key);
        self.put(key, v.clone());
        v
    }

    fn keys_in_order(&self) -> Vec<K> { self.order.iter().cloned().collect() }
}

fn slow_square(n: &u64) -> u64 {
    println!("    computing {}^2", n);
    n * n
}

fn main() {
    let stats = Rc::new(RefCell::new(CacheStats::default()));
    let evicted: Rc<RefCell<Vec<String>>> = Rc::new(RefCell::new(Vec::new()));
    let mut cache: LruCache<u64, u64> = LruCache::new(3, Rc::clone(&stats));
    let sink = Rc::clone(&evicted);
    cache.on_evict = Some(Box::new(move |k, v| sink.borrow_mut().push(format!("{}=>{}", k, v))));

    for n in [2u64, 3, 2, 4, 5, 2, 3, 3, 6, 4] {
        let v = cache.get_or_compute(n, slow_square);
        println!("req {:>2} -> {:>3}  order={:?}", n, v, cache.keys_in_order());
    }
    println!("stats: {:?}", *stats.borrow());
    println!("evicted: {}", evicted.borrow().join(", "));
    println!("rc counts: stats={} evicted={}", Rc::strong_count(&stats), Rc::strong_count(&evicted));

    let text_stats = Rc::new(RefCell::new(CacheStats::default()));
    let mut words: LruCache<String, usize> = LruCache::new(2, text_stats.clone());
    for w in "alpha beta alpha gamma beta delta alpha".split_whitespace() {
        let len = words.get_or_compute(w.to_string(), |s| s.chars().filter(|c| "aeiou".contains(*c)).count());
        println!("word {:<6} vowels={} cache={:?}", w, len, words.keys_in_order());
    }
    let s = text_stats.borrow();
    let ratio = s.hits as f64 / (s.hits + s.misses) as f64;
    println!("word stats: {:?} hit ratio {:.3}", *s, ratio);
    drop(s);
    words.put("alpha".into(), 99);
    println!("after overwrite: {:?} -> {:?}", words.keys_in_order(), words.get(&"alpha".to_string()));
    drop(cache);
    println!("rc after drop: stats={} evicted={}", Rc::strong_count(&stats), Rc::strong_count(&evicted));
}
