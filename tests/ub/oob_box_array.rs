fn main() {
    let buf: Box<[u8; 5]> = Box::new(*b"hello");
    let p = buf.as_ptr();
    for i in 0..5 {
        print!("{}", unsafe { *p.add(i) } as char);
    }
    println!();
    let past = unsafe { *p.add(5) };
    println!("past = {}", past);
}
