use std::ptr;

fn main() {
    let mut a = 1u64;
    let mut b = 2u64;
    unsafe { ptr::swap(&mut a, &mut b) };
    println!("a = {}, b = {}", a, b);
    let missing: *mut u64 = if a > 5 { &mut b } else { ptr::null_mut() };
    println!("swapping with a missing value");
    unsafe { ptr::swap(&mut a, missing) };
    println!("a = {}", a);
}
