// A RefCell double borrow panics; the unwinding drops still print.
use std::cell::RefCell;
use std::rc::Rc;

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("  unwinding/drop {}", self.0);
    }
}

struct Inventory {
    items: RefCell<Vec<String>>,
    _tag: Loud,
}

impl Inventory {
    fn add(&self, s: &str) {
        self.items.borrow_mut().push(s.to_string());
    }
    fn count(&self) -> usize {
        self.items.borrow().len()
    }
    fn add_for_each(&self) {
        // Oops: holding a shared borrow while trying to push.
        for item in self.items.borrow().iter() {
            println!("  visiting {item}");
            let _guard = Loud("loop guard");
            self.add(&format!("{item}-copy"));
        }
    }
}

fn main() {
    let _outer = Loud("outer");
    let inv = Rc::new(Inventory { items: RefCell::new(Vec::new()), _tag: Loud("inventory tag") });
    let inv2 = Rc::clone(&inv);
    for s in ["bolt", "nut", "gear"] {
        inv.add(s);
    }
    println!("count {} strong {}", inv2.count(), Rc::strong_count(&inv));
    {
        let first = inv.items.borrow();
        println!("first item {:?}", first.first());
        println!("try_borrow_mut while shared: {}", inv.items.try_borrow_mut().is_err());
    }
    println!("try_borrow_mut after: {}", inv.items.try_borrow_mut().is_ok());
    let sizes: Vec<usize> = inv.items.borrow().iter().map(|s| s.len()).collect();
    println!("sizes {:?}", sizes);
    let _local = Loud("local before panic");
    println!("calling add_for_each");
    inv2.add_for_each();
    println!("never printed");
}
