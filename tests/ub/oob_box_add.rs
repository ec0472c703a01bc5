fn main() {
    let b = Box::new(0xABCDu64);
    let p: *const u64 = &*b;
    println!("boxed = {:#x}", unsafe { *p });
    println!("peeking at the next u64");
    let next = unsafe { *p.add(1) };
    println!("next = {:#x}", next);
}
