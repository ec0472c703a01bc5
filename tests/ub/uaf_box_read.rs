fn main() {
    let b = Box::new(41u32);
    let p: *mut u32 = Box::into_raw(b);
    unsafe {
        *p += 1;
        println!("value in the box: {}", *p);
        drop(Box::from_raw(p));
    }
    println!("box dropped, reading it again");
    let again = unsafe { *p };
    println!("again: {}", again);
}
