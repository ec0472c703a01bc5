fn main() {
    let name = String::from("ferris the crab");
    let bytes: *const u8 = name.as_ptr();
    let len = name.len();
    println!("name has {} bytes, first is {}", len, unsafe { *bytes } as char);
    drop(name);
    println!("name dropped");
    let first = unsafe { *bytes };
    println!("first byte after drop: {}", first);
}
