use std::rc::Rc;

fn main() {
    let rc = Rc::new(String::from("hello"));
    let raw = Rc::into_raw(rc);
    let first = unsafe { Rc::from_raw(raw) };
    println!("first = {}, count = {}", first, Rc::strong_count(&first));
    drop(first);
    println!("first dropped, rebuilding from the raw pointer");
    println!("second = {}", unsafe { Rc::from_raw(raw) });
}
