use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let first: i32 = *shared.borrow().first().unwrap();
    shared.borrow_mut().push(first * 10);
    let snapshot: Vec<i32> = shared.borrow().clone();
    println!("{} {:?}", first, snapshot);
}
