use std::rc::Rc;
use std::cell::RefCell;

fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..5 {
        v.push(i * 10);
    }
    let names = vec![String::from("ann"), String::from("bo")];
    let moved = names;
    let copy = moved.clone();
    let s: &str = "hello";
    let slice = &v[1..3];
    let shared = Rc::new(RefCell::new(vec![1u8, 2]));
    let other = Rc::clone(&shared);
    shared.borrow_mut().push(3);
    let p = (1u8, 'x', 2.5f64);
    let o: Option<Box<i32>> = Some(Box::new(7));
    println!("{} {} {:?} {:?} {} {:?} {:?}", s, slice.len(), copy, other, Rc::strong_count(&shared), p, o);
}
