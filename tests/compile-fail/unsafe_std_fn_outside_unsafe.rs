fn main() {
    let v = vec![1u8, 2, 3];
    let p = v.as_ptr();
    let s = std::slice::from_raw_parts(p, 2);
    println!("{:?}", s);
}
