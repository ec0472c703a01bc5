fn main() {
    let mut s = String::with_capacity(4);
    s.push_str("abcd");
    let p = s.as_ptr();
    println!("s = {}", s);
    s.push_str(" and a much longer tail");
    println!("s = {}", s);
    let c = unsafe { *p.add(2) };
    println!("old third byte = {}", c);
}
