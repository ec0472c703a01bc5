fn main() {
    let mut s = String::from("xxhello world");
    println!("before: {}", s);
    unsafe {
        let v = s.as_mut_vec();
        let p = v.as_mut_ptr();
        std::ptr::copy_nonoverlapping(p.add(2), p, 8);
        v.truncate(11);
    }
    println!("after: {}", s);
}
