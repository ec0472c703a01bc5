// borrow_mut while a shared borrow is alive: std's panic, located at the method name.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let first = cell.borrow();
    println!("len {}", first.len());
    cell.borrow_mut().push(4);
}
