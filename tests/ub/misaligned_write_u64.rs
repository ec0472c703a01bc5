fn main() {
    let mut buf = [0u64; 4];
    println!("buffer has {} bytes", 4 * 8);
    let base = buf.as_mut_ptr() as *mut u8;
    unsafe {
        let slot = base.add(3) as *mut u64;
        *slot = 0xdead_beef;
    }
    println!("buf = {:?}", buf);
}
