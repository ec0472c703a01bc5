fn main() {
    let mut src: Vec<u8> = Vec::with_capacity(4);
    src.push(1);
    src.push(2);
    let mut dst = [9u8; 4];
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), 4);
    }
    println!("copied 4 bytes");
    for i in 0..4 {
        if dst[i] == 0 {
            println!("found a zero at {}", i);
        }
    }
    println!("done");
}
