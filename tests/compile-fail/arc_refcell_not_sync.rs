use std::sync::Arc;
use std::cell::RefCell;
use std::thread;
fn main() {
    let a = Arc::new(RefCell::new(1));
    let b = Arc::clone(&a);
    thread::spawn(move || { *b.borrow_mut() += 1; }).join().unwrap();
    println!("{}", a.borrow());
}
