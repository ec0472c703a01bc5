fn main() {
    let mut s = String::from("duplicate me");
    let ptr = s.as_mut_ptr();
    let len = s.len();
    let cap = s.capacity();
    std::mem::forget(s);
    let first = unsafe { String::from_raw_parts(ptr, len, cap) };
    println!("first = {}", first);
    let second = unsafe { String::from_raw_parts(ptr, len, cap) };
    println!("second = {}", second);
    drop(first);
    println!("first dropped");
    drop(second);
    println!("second dropped");
}
