use std::ptr;

fn main() {
    let v = vec![1u8, 2, 3];
    let alias: Vec<u8> = unsafe { ptr::read(&v) };
    println!("v = {:?}, alias = {:?}", v, alias);
    drop(v);
    println!("v dropped");
    drop(alias);
    println!("alias dropped");
}
