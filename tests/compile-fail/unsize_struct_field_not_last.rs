// A struct unsizes through its last field only: `Box<T>` in it does not make `Q<i32>` a `Q<dyn Debug>`.
use std::fmt::Debug;
struct Q<T: ?Sized> { a: Vec<u8>, b: Box<T> }
fn main() {
    let q: Box<Q<i32>> = Box::new(Q { a: vec![], b: Box::new(1) });
    let r: Box<Q<dyn Debug>> = q;
}
