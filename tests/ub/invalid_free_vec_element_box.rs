fn main() {
    let mut v = vec![1.0f32, 2.0, 3.0, 4.0];
    let p: *mut f32 = &mut v[2];
    let b = unsafe { Box::from_raw(p) };
    println!("element as box = {}", b);
    drop(b);
    println!("after drop, len = {}", v.len());
}
