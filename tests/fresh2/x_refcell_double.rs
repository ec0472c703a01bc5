use std::cell::RefCell;
use std::rc::Rc;

struct Counter {
    count: u32,
    listeners: Vec<Box<dyn Fn(u32)>>,
}

impl Counter {
    fn increment(this: &Rc<RefCell<Counter>>) {
        let mut c = this.borrow_mut();
        c.count += 1;
        let value = c.count;
        // Bug: listeners are called while `c` is still mutably borrowed.
        for l in &c.listeners {
            l(value);
        }
    }
}

fn main() {
    let counter = Rc::new(RefCell::new(Counter { count: 0, listeners: Vec::new() }));
    counter.borrow_mut().listeners.push(Box::new(|v| println!("listener A saw {v}")));
    Counter::increment(&counter);
    Counter::increment(&counter);

    let watcher = Rc::clone(&counter);
    counter.borrow_mut().listeners.push(Box::new(move |v| {
        println!("listener B saw {v}, checking total...");
        let total = watcher.borrow().count;
        println!("listener B total {total}");
    }));
    println!("strong count = {}", Rc::strong_count(&counter));
    Counter::increment(&counter);
    println!("never printed");
}
