fn main() {
    let s = String::from("abc");
    let p = s.as_ptr();
    println!("s = {} (len {})", s, s.len());
    println!("looking for a C-style terminator");
    let nul = unsafe { *p.add(s.len()) };
    println!("terminator? {}", nul);
}
