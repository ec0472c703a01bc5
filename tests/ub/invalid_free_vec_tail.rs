fn main() {
    let mut v = vec![1u16, 2, 3, 4, 5, 6];
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    let tail = unsafe { Vec::from_raw_parts(p.add(2), 4, 4) };
    println!("tail = {:?}", tail);
    drop(tail);
    println!("tail dropped");
}
