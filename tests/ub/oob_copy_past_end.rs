fn main() {
    let src = vec![1u8, 2, 3, 4, 5, 6];
    let mut dst = vec![0u8; 16];
    let n = src.len() + 2;
    println!("copying {} bytes", n);
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), n);
    }
    println!("dst = {:?}", dst);
}
