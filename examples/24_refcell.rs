// Tour stop 24: a RefCell counts its borrows at run time: while a `borrow_mut` is alive the flag is
// -1, and another borrow would panic.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    {
        let mut guard = cell.borrow_mut();
        guard.push(3);
        println!("borrowed mutably: {}", cell.try_borrow().is_err());
    }
    println!("{:?}", cell.borrow());
}
