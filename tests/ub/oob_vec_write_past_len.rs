fn main() {
    let mut v: Vec<u8> = Vec::with_capacity(4);
    v.extend_from_slice(&[1, 2, 3, 4]);
    println!("v = {:?} cap = {}", v, v.capacity());
    let p = v.as_mut_ptr();
    unsafe {
        *p.add(4) = 5;
    }
    println!("wrote past the end");
}
