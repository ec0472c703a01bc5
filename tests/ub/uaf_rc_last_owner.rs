use std::rc::Rc;

fn make_table() -> [u64; 4] {
    [1, 2, 3, 4]
}

fn main() {
    let shared = Rc::new(make_table());
    let other = Rc::clone(&shared);
    let raw: *const [u64; 4] = Rc::as_ptr(&shared);
    println!("strong count = {}", Rc::strong_count(&shared));
    drop(shared);
    println!("still alive: {}", unsafe { (*raw)[0] });
    drop(other);
    println!("last owner gone");
    let v = unsafe { (*raw)[1] };
    println!("v = {}", v);
}
