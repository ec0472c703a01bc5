fn make_counter() -> *mut u32 {
    let mut counter = 0u32;
    counter += 5;
    &mut counter
}

fn main() {
    let c = make_counter();
    println!("got a counter pointer");
    let v = unsafe { *c };
    println!("counter = {}", v);
}
