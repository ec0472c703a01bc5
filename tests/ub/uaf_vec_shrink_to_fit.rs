fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(32);
    v.extend([7, 8, 9]);
    let p = v.as_ptr();
    println!("v = {:?}, p[0] = {}", v, unsafe { *p });
    v.shrink_to_fit();
    println!("shrunk to {} elements", v.len());
    let x = unsafe { *p.add(2) };
    println!("x = {}", x);
}
