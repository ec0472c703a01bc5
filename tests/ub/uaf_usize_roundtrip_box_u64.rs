fn main() {
    let counter = Box::new(9_000_000_000u64);
    let addr = &*counter as *const u64 as usize;
    println!("counter = {}", counter);
    println!("saved the address");
    drop(counter);
    println!("counter dropped");
    let back = addr as *const u64;
    let value = unsafe { *back };
    println!("value = {}", value);
}
