// Interior mutability: Cell copies in and out, RefCell counts borrows at run time.
use std::cell::{Cell, OnceCell, RefCell};
use std::mem::size_of;

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn hit(&self, who: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(format!("{who}#{}", self.hits.get()));
    }
}

fn main() {
    println!("sizes: Cell<u32> {} RefCell<u32> {} RefCell<Vec<u8>> {} OnceCell<u64> {} Cell<Option<&u8>> {}",
        size_of::<Cell<u32>>(), size_of::<RefCell<u32>>(), size_of::<RefCell<Vec<u8>>>(),
        size_of::<OnceCell<u64>>(), size_of::<Cell<Option<&u8>>>());

    let c = Cell::new(5);
    let old = c.replace(6);
    println!("Cell replace: old {old} new {}", c.get());
    let other = Cell::new(100);
    c.swap(&other);
    println!("Cell swap: c {} other {}", c.get(), other.get());
    let taken = c.take();
    println!("Cell take: {taken}, left {}", c.get());
    c.update(|x| x + 41);
    println!("Cell update: {}", c.get());
    let cs = Cell::new(String::from("owned"));
    let s = cs.take();
    println!("Cell<String> take: {s:?}, left {:?}", cs.into_inner());

    let arr = [Cell::new(1), Cell::new(2), Cell::new(3)];
    let r1 = &arr[0];
    let r2 = &arr[0];
    r1.set(10);
    println!("two shared refs see the same Cell: {}", r2.get());
    let mut plain = [4, 5, 0];
    let as_cells: &[Cell<i32>] = Cell::from_mut(&mut plain[..]).as_slice_of_cells();
    as_cells[2].set(as_cells[0].get() + as_cells[1].get());
    println!("slice of cells: {:?}", plain);

    let counter = Counter { hits: Cell::new(0), log: RefCell::new(Vec::new()) };
    counter.hit("a");
    counter.hit("b");
    counter.hit("a");
    println!("counter hits {} log {:?}", counter.hits.get(), counter.log.borrow());

    println!("RefCell borrow states:");
    let rc = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = rc.borrow();
        let r2 = rc.borrow();
        println!("  two readers: len {} {}", r1.len(), r2.len());
        match rc.try_borrow_mut() {
            Ok(_) => println!("  unexpected"),
            Err(e) => println!("  try_borrow_mut while reading: {:?} / {}", e, e),
        }
        println!("  try_borrow while reading ok: {}", rc.try_borrow().is_ok());
    }
    {
        let mut w = rc.borrow_mut();
        w.push(4);
        match rc.try_borrow() {
            Ok(_) => println!("  unexpected"),
            Err(e) => println!("  try_borrow while writing: {:?} / {}", e, e),
        }
        println!("  try_borrow_mut while writing: {:?}", rc.try_borrow_mut().map(|_| ()));
    }
    println!("  after scopes: {:?}", rc.borrow());

    let r = rc.borrow();
    let first = std::cell::Ref::map(r, |v| &v[0]);
    println!("  Ref::map first = {}", *first);
    println!("  still reading, mutable borrow possible: {}", rc.try_borrow_mut().is_ok());
    drop(first);
    {
        let w = rc.borrow_mut();
        let mut tail = std::cell::RefMut::map(w, |v| &mut v[3]);
        *tail *= 100;
    }
    println!("  RefMut::map changed last: {:?}", rc.borrow());

    let old = rc.replace(vec![9]);
    println!("  replace -> old {:?} new {:?}", old, rc.borrow());
    rc.replace_with(|v| v.iter().map(|x| x + 1).collect());
    println!("  replace_with -> {:?}", rc.borrow());
    let inner = rc.take();
    println!("  take -> {:?}, left {:?}", inner, rc.borrow());

    let once: OnceCell<String> = OnceCell::new();
    println!("OnceCell get before set: {:?}", once.get());
    let v = once.get_or_init(|| "first".to_string());
    println!("  get_or_init: {v}");
    println!("  set again: {:?}", once.set("second".to_string()));
    println!("  value stays {:?}", once.get());
}
