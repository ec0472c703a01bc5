// editions: 2015 2018 2021 2024
// `let n = { let cache = RefCell::new(..); cache.borrow().len() };`: before 2024 the `Ref` temporary of
// the tail outlives `cache` (E0597); 2024 drops it first and accepts.
use std::cell::RefCell;

struct Cache {
    entries: RefCell<Vec<(String, u32)>>,
}

impl Cache {
    fn insert(&self, k: &str, v: u32) {
        self.entries.borrow_mut().push((k.to_string(), v));
    }
}

fn main() {
    let count = {
        let cache = Cache { entries: RefCell::new(Vec::new()) };
        cache.insert("a", 1);
        cache.insert("b", 2);
        cache.insert("c", 3);
        cache.entries.borrow().len()
    };
    println!("cache held {} entries", count);

    let sum = {
        let cell = RefCell::new(vec![4, 5, 6]);
        cell.borrow().iter().sum::<i32>()
    };
    println!("sum {}", sum);
}
