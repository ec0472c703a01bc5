use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let alias = Rc::clone(&shared);
    shared.push(4);
    println!("{:?} {}", alias, Rc::strong_count(&shared));
}
