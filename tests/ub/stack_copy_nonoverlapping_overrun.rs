// copy_nonoverlapping into a local buffer with the source length as count.
use std::ptr;

fn main() {
    let src: [u8; 16] = *b"hello, stack!!!!";
    let mut dst = [0u8; 8];
    println!("src = {:?}", std::str::from_utf8(&src).unwrap());
    println!("dst capacity = {}", dst.len());

    let count = src.len();
    println!("copying {} bytes", count);
    unsafe {
        // dst only holds 8 bytes
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), count);
    }
    println!("dst = {:?}", dst);
}
