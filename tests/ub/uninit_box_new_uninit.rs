fn main() {
    let b: Box<std::mem::MaybeUninit<[u8; 8]>> = Box::new_uninit();
    println!("allocated an uninitialised box");
    let arr = unsafe { b.assume_init() };
    let mut high = 0;
    for byte in arr.iter() {
        if *byte > 127 {
            high += 1;
        }
    }
    println!("{} bytes have the high bit set", high);
}
