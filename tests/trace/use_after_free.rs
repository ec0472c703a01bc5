// A slice kept past its Vec: the trace goes up to the read of freed memory, then reports it as Miri does.
fn main() {
    let v = vec![1u8, 2, 3];
    let p = v.as_ptr();
    drop(v);
    let s = unsafe { std::slice::from_raw_parts(p, 3) };
    println!("{:?}", s);
}
