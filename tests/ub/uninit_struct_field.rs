use std::mem::MaybeUninit;
use std::ptr::addr_of_mut;

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut pt = MaybeUninit::<Point>::uninit();
    let raw = pt.as_mut_ptr();
    unsafe { addr_of_mut!((*raw).x).write(4) };
    println!("x is set, y is not");
    if unsafe { pt.assume_init() }.y > 0 {
        println!("y is positive");
    }
    println!("done");
}
