use std::alloc::{dealloc, Layout};

fn main() {
    let b = Box::new(7u64);
    let p = Box::into_raw(b);
    println!("value = {}", unsafe { *p });
    unsafe { dealloc(p as *mut u8, Layout::new::<u64>()) };
    println!("released with dealloc, now letting a Box drop it");
    drop(unsafe { Box::from_raw(p) });
    println!("done");
}
