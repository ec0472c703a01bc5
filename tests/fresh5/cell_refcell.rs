// Interior mutability: Cell get/set/replace/take and RefCell borrow tracking.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn hit(&self, what: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(format!("{}:{}", self.hits.get(), what));
    }
}

fn state(label: &str, c: &RefCell<Vec<i32>>) {
    println!("{label:<26} try_borrow ok={:<5} try_borrow_mut ok={}", c.try_borrow().is_ok(), c.try_borrow_mut().is_ok());
}

fn state_sep(label: &str, c: &RefCell<Vec<i32>>) {
    let shared_ok = c.try_borrow().is_ok();
    let mut_ok = c.try_borrow_mut().is_ok();
    println!("{label:<26} (separate) shared={shared_ok} mut={mut_ok}");
}

fn main() {
    let c = Cell::new(5);
    println!("get {}", c.get());
    c.set(7);
    let old = c.replace(11);
    println!("replace returned {old}, now {}", c.get());
    let taken = c.take();
    println!("take returned {taken}, now {}", c.get());
    c.update(|x| x + 3);
    println!("after update {}", c.get());

    let name = Cell::new(String::from("cell string"));
    let s = name.take();
    println!("took {:?}, left {:?}", s, name.take());

    let nums = [Cell::new(1), Cell::new(2), Cell::new(3)];
    for n in &nums {
        n.set(n.get() * 10);
    }
    println!("cells {:?}", nums.iter().map(Cell::get).collect::<Vec<_>>());
    let swapped_a = Cell::new(1);
    let swapped_b = Cell::new(2);
    swapped_a.swap(&swapped_b);
    println!("swap -> {} {}", swapped_a.get(), swapped_b.get());

    let rc = RefCell::new(vec![1, 2, 3]);
    state("idle", &rc);
    state_sep("idle", &rc);
    {
        let r1 = rc.borrow();
        let r2 = rc.borrow();
        state("two shared borrows", &rc);
        println!("  r1 len {} r2 sum {}", r1.len(), r2.iter().sum::<i32>());
    }
    state("after shared dropped", &rc);
    {
        let mut w = rc.borrow_mut();
        w.push(4);
        state("while mutably borrowed", &rc);
        state_sep("while mutably borrowed", &rc);
    }
    state("after mut dropped", &rc);
    let r = rc.borrow();
    let mapped = std::cell::Ref::map(r, |v| &v[1..]);
    println!("mapped slice {:?}", &*mapped);
    state("while Ref::map alive", &rc);
    drop(mapped);
    let old_vec = rc.replace(vec![9]);
    println!("replaced {:?} with {:?}", old_vec, rc.borrow());
    let inner = rc.into_inner();
    println!("into_inner {:?}", inner);

    let counter = Counter::default();
    for w in ["a", "b", "a", "c"] {
        counter.hit(w);
    }
    println!("hits {} log {:?}", counter.hits.get(), counter.log.borrow());

    let freq: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::new());
    for word in "one two one three two one".split(' ') {
        *freq.borrow_mut().entry(word.to_string()).or_insert(0) += 1;
    }
    let mut pairs: Vec<(String, u32)> = freq.borrow().iter().map(|(k, v)| (k.clone(), *v)).collect();
    pairs.sort();
    println!("freq {:?}", pairs);
    println!("sizes Cell<u8>={} RefCell<u8>={} Cell<String>={}", std::mem::size_of::<Cell<u8>>(), std::mem::size_of::<RefCell<u8>>(), std::mem::size_of::<Cell<String>>());
}
