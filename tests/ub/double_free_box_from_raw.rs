fn main() {
    let b = Box::new([1u32, 2, 3]);
    let raw = Box::into_raw(b);
    let first = unsafe { Box::from_raw(raw) };
    println!("first = {:?}", first);
    drop(first);
    println!("dropped once");
    drop(unsafe { Box::from_raw(raw) });
    println!("dropped twice");
}
