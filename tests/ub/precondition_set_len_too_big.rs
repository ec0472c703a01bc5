fn main() {
    let mut v: Vec<u8> = Vec::with_capacity(4);
    v.extend_from_slice(b"abcd");
    println!("len = {}, cap = {}", v.len(), v.capacity());
    let wanted = v.len() + 6;
    unsafe { v.set_len(wanted) };
    println!("len = {}", v.len());
}
