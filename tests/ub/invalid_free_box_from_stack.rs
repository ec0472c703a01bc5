fn main() {
    let mut local = 17i32;
    let p: *mut i32 = &mut local;
    unsafe { *p += 1; }
    println!("local = {}", local);
    let b = unsafe { Box::from_raw(p) };
    println!("boxed = {}", b);
    drop(b);
    println!("dropped");
}
