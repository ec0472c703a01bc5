use std::ptr;

fn main() {
    let original = Box::new(99u64);
    let copy: Box<u64> = unsafe { ptr::read(&original) };
    println!("original = {}, copy = {}", original, copy);
    drop(original);
    println!("original dropped");
    drop(copy);
    println!("copy dropped");
}
