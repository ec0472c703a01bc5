// Reading a RefCell while a RefMut guard is alive panics with the location of the borrow() call.
use std::cell::RefCell;

fn total(v: &RefCell<Vec<u32>>) -> u32 {
    v.borrow().iter().sum()
}

fn main() {
    let v = RefCell::new(vec![1, 2, 3]);
    println!("total {}", total(&v));
    let mut guard = v.borrow_mut();
    guard.push(4);
    println!("pushed, now reading while still writing");
    let t = total(&v);
    println!("total {}", t);
}
