use std::cell::{Cell, RefCell};

struct Counter {
    hits: Cell<u32>,
    last_key: Cell<Option<char>>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn hit(&self, key: char) {
        self.hits.set(self.hits.get() + 1);
        let prev = self.last_key.replace(Some(key));
        self.log.borrow_mut().push(format!("{:?}->{}", prev, key));
    }
}

fn main() {
    println!("-- Cell --");
    let c = Counter { hits: Cell::new(0), last_key: Cell::new(None), log: RefCell::new(vec![]) };
    for k in ['a', 'b', 'a'] {
        c.hit(k); // &self only
    }
    println!("hits={} last={:?}", c.hits.get(), c.last_key.get());
    println!("log={:?}", c.log.borrow());

    let taken = c.last_key.take();
    println!("take -> {:?}, now {:?}", taken, c.last_key.get());
    let old = c.hits.replace(100);
    println!("replace hits: old={} new={}", old, c.hits.get());
    let flag = Cell::new(true);
    flag.set(!flag.get());
    println!("flag={} into_inner={}", flag.get(), flag.into_inner());
    let name_cell = Cell::new(String::from("first"));
    let prev_name = name_cell.replace(String::from("second"));
    println!("Cell<String> replace: prev={} now={}", prev_name, name_cell.take());
    println!("after take, Cell<String> holds {:?}", name_cell.into_inner());

    println!("-- RefCell borrow rules --");
    let data = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = data.borrow();
        let r2 = data.borrow();
        println!("two shared borrows: {:?} {:?}", *r1, *r2);
        match data.try_borrow_mut() {
            Ok(_) => println!("unexpected mutable borrow"),
            Err(e) => println!("try_borrow_mut while shared: Err({:?}) / {}", e, e),
        }
    }
    {
        let mut w = data.borrow_mut();
        w.push(4);
        match data.try_borrow() {
            Ok(_) => println!("unexpected shared borrow"),
            Err(e) => println!("try_borrow while mutably borrowed: {:?}", e),
        }
        println!("is mutably borrowed, try_borrow_mut ok? {}", data.try_borrow_mut().is_ok());
    }
    println!("after scopes, data={:?}", data.borrow());

    let old = data.replace(vec![9]);
    println!("replace returned {:?}, now {:?}", old, data.borrow());
    let prev = data.replace_with(|cur| {
        let mut next = cur.clone();
        next.extend([8, 7]);
        next
    });
    println!("replace_with prev={:?} now={:?}", prev, data.borrow());
    data.borrow_mut().sort();
    let taken = data.take();
    println!("take -> {:?}, left {:?}", taken, data.borrow());

    let swap_a = RefCell::new("left".to_string());
    let swap_b = RefCell::new("right".to_string());
    swap_a.swap(&swap_b);
    println!("swapped: a={} b={}", swap_a.borrow(), swap_b.borrow());
    println!("size Cell<u32>={} RefCell<u32>={} RefCell<Vec<u8>>={}",
        std::mem::size_of::<Cell<u32>>(),
        std::mem::size_of::<RefCell<u32>>(),
        std::mem::size_of::<RefCell<Vec<u8>>>());
}
