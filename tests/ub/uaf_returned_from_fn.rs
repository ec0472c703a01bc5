fn make_value() -> *const i32 {
    let b = Box::new(1234);
    let p: *const i32 = &*b;
    println!("made a box holding {}", *b);
    p
}

fn main() {
    let p = make_value();
    println!("got a pointer back");
    let v = unsafe { *p };
    println!("v = {}", v);
}
