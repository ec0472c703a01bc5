use std::cell::RefCell;

fn count_items() -> usize {
    let items = RefCell::new(vec!["a", "b", "c"]);
    items.borrow_mut().push("d");
    items.borrow().len()
}

fn main() {
    println!("{} items", count_items());
}
