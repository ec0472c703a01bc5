use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let shared = Arc::new(RefCell::new(1));
    let s = Arc::clone(&shared);
    thread::spawn(move || {
        *s.borrow_mut() += 1;
    })
    .join()
    .unwrap();
}
