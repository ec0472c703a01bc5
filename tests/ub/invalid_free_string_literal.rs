fn main() {
    let greeting: &'static str = "hello, world";
    let p = greeting.as_ptr() as *mut u8;
    let s = unsafe { String::from_raw_parts(p, greeting.len(), greeting.len()) };
    println!("s = {}", s);
    drop(s);
    println!("dropped");
}
