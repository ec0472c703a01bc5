use std::cell::{Cell, RefCell};
use std::thread;

struct Tracker(&'static str);

impl Drop for Tracker {
    fn drop(&mut self) {
        println!("dropping tracker {}", self.0);
    }
}

thread_local! {
    static COUNTER: Cell<u32> = Cell::new(0);
    static NAMES: RefCell<Vec<String>> = RefCell::new(Vec::new());
    static DEPTH: Cell<usize> = const { Cell::new(1) };
}

thread_local!(static TRACKER: Tracker = Tracker("main-or-worker"));

fn bump() -> u32 {
    COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    })
}

fn main() {
    bump();
    bump();
    println!("main counter {}", COUNTER.get());
    COUNTER.set(10);
    println!("replace gave {} now {}", COUNTER.replace(20), COUNTER.get());
    println!("take {} then {}", COUNTER.take(), COUNTER.get());

    NAMES.with_borrow_mut(|v| v.push("alpha".to_string()));
    NAMES.with(|v| v.borrow_mut().push("beta".into()));
    println!("names {:?}", NAMES.with_borrow(|v| v.clone()));
    NAMES.set(vec!["reset".into()]);
    println!("after set {:?}", NAMES.take());
    println!("after take {:?}", NAMES.replace(vec!["x".into()]));
    DEPTH.set(DEPTH.get() + 4);
    println!("depth {}", DEPTH.get());
    println!("{:?}", COUNTER);
    TRACKER.with(|t| println!("main tracker {}", t.0));

    // every thread has its own copy (each joined before the next starts: its TLS is destroyed first)
    for i in 1..=3u32 {
        let h = thread::spawn(move || {
            for _ in 0..i {
                bump();
            }
            NAMES.with_borrow_mut(|v| v.push(format!("t{i}")));
            TRACKER.with(|t| t.0.len());
            (COUNTER.get(), NAMES.with_borrow(|v| v.len()), DEPTH.get())
        });
        println!("thread saw {:?}", h.join().unwrap());
    }
    println!("main still {} {:?}", COUNTER.get(), NAMES.with_borrow(|v| v.clone()));
    println!("try_with ok: {}", COUNTER.try_with(|c| c.get()).is_ok());
    println!("end of main");
}
