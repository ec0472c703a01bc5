use std::cell::{Cell, RefCell};
use std::mem::size_of;

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn touch(&self, who: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(format!("{}#{}", who, self.hits.get()));
    }
}

fn main() {
    println!("Cell<u32> size={} RefCell<u32> size={}", size_of::<Cell<u32>>(), size_of::<RefCell<u32>>());
    println!("Cell<u8> size={} RefCell<u8> size={}", size_of::<Cell<u8>>(), size_of::<RefCell<u8>>());
    println!("RefCell<Vec<u8>> size={}", size_of::<RefCell<Vec<u8>>>());

    let c = Cell::new(10);
    println!("get={}", c.get());
    c.set(20);
    println!("after set get={}", c.get());
    let old = c.replace(30);
    println!("replace returned {} now {}", old, c.get());
    let taken = c.take();
    println!("take returned {} now {}", taken, c.get());
    let swapped = Cell::new(5);
    c.swap(&swapped);
    println!("after swap c={} other={}", c.get(), swapped.get());
    println!("into_inner = {}", swapped.into_inner());

    let counter = Counter { hits: Cell::new(0), log: RefCell::new(Vec::new()) };
    let r1 = &counter;
    let r2 = &counter;
    r1.touch("a");
    r2.touch("b");
    r1.touch("c");
    println!("hits={} log={:?}", counter.hits.get(), counter.log.borrow());

    let data = RefCell::new(vec![1, 2, 3]);
    {
        let first = data.borrow();
        let second = data.borrow();
        println!("two shared borrows: len={} sum={}", first.len(), second.iter().sum::<i32>());
        match data.try_borrow_mut() {
            Ok(_) => println!("unexpected: got mut borrow"),
            Err(e) => println!("try_borrow_mut while shared -> Err({})", e),
        }
        println!("try_borrow still ok = {}", data.try_borrow().is_ok());
    }
    {
        let mut w = data.borrow_mut();
        w.push(4);
        println!("mut borrow pushed, len={}", w.len());
        match data.try_borrow() {
            Ok(_) => println!("unexpected: shared while mut"),
            Err(e) => println!("try_borrow while mut -> Err({})", e),
        }
        let second = data.try_borrow_mut();
        println!("second try_borrow_mut is_err={}", second.is_err());
        if let Err(e) = second {
            println!("debug of error: {:?}", e);
        }
    }
    println!("after scopes: {:?}", data.borrow());
    println!("try_borrow_mut now ok = {}", data.try_borrow_mut().is_ok());

    let replaced = data.replace(vec![9]);
    println!("replace returned {:?}, now {:?}", replaced, data.borrow());
    data.replace_with(|old| old.iter().map(|x| x * 2).collect());
    println!("replace_with doubled -> {:?}", data.borrow());
    let inner = data.into_inner();
    println!("into_inner -> {:?} cap={}", inner, inner.capacity());

    let shared = RefCell::new(String::from("abc"));
    let len_before = shared.borrow().len();
    shared.borrow_mut().push_str("def");
    let r = shared.borrow();
    println!("len {} -> {} text={}", len_before, r.len(), *r);
    drop(r);
    *shared.borrow_mut() = String::from("reset");
    println!("final text = {}", shared.borrow());
}
