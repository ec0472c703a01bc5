use std::cell::RefCell;
use std::mem;
use std::rc::Rc;

struct Noisy {
    name: String,
    log: Rc<RefCell<Vec<String>>>,
}

impl Noisy {
    fn new(name: &str, log: &Rc<RefCell<Vec<String>>>) -> Noisy {
        log.borrow_mut().push(format!("create {}", name));
        Noisy { name: name.to_string(), log: Rc::clone(log) }
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.name);
        self.log.borrow_mut().push(format!("drop {}", self.name));
    }
}

struct Pair {
    _first: Noisy,
    _second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("  drop Pair (fields follow)");
    }
}

enum Slot {
    Empty,
    Full(Noisy),
}

fn make_and_return(log: &Rc<RefCell<Vec<String>>>) -> Noisy {
    let _temp = Noisy::new("temp-in-fn", log);
    Noisy::new("returned", log)
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    println!("== scope");
    {
        let _a = Noisy::new("a", &log);
        let _b = Noisy::new("b", &log);
        println!("  end of scope");
    }
    println!("== explicit drop and shadowing");
    let x = Noisy::new("x1", &log);
    let x = { mem::drop(x); Noisy::new("x2", &log) };
    let _keep = Noisy::new("shadowed-keep", &log);
    let _keep = Noisy::new("shadow-new", &log);
    println!("  x is {}", x.name);
    println!("== struct with fields");
    let p = Pair { _first: Noisy::new("p.first", &log), _second: Noisy::new("p.second", &log) };
    drop(p);
    println!("== vec and box");
    let mut v: Vec<Noisy> = ["v0", "v1", "v2"].iter().map(|n| Noisy::new(n, &log)).collect();
    let removed = v.remove(1);
    println!("  removed {}", removed.name);
    drop(v);
    let boxed: Box<Noisy> = Box::new(Noisy::new("boxed", &log));
    println!("== temporaries and replace");
    let r = make_and_return(&log);
    println!("  got {}", r.name);
    let _ = Noisy::new("ignored-underscore", &log);
    let mut slot = Slot::Full(Noisy::new("slot-old", &log));
    let old = mem::replace(&mut slot, Slot::Full(Noisy::new("slot-new", &log)));
    if let Slot::Full(n) = &old {
        println!("  replaced out {}", n.name);
    }
    drop(old);
    slot = Slot::Empty;
    println!("  slot empty: {}", matches!(slot, Slot::Empty));
    let opt: Option<Noisy> = Some(Noisy::new("opt", &log));
    let taken = opt.map(|n| n.name.len());
    println!("  opt name len {:?}", taken);
    println!("== sizes");
    println!("  Noisy={} Pair={} Slot={} Option<Box<Noisy>>={}", mem::size_of::<Noisy>(), mem::size_of::<Pair>(), mem::size_of::<Slot>(), mem::size_of::<Option<Box<Noisy>>>());
    let counter = 0u8;
    let by_ref = || counter + 1;
    let moved = move || counter as u64 + 1;
    println!("  closures: by_ref={} moved={} values {} {}", mem::size_of_val(&by_ref), mem::size_of_val(&moved), by_ref(), moved());
    println!("  log has {} entries, rc count {}", log.borrow().len(), Rc::strong_count(&log));
    println!("== end of main");
    let _last = boxed;
}
