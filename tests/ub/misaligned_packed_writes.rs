fn main() {
    let mut packed = [0u32; 8];
    let base = packed.as_mut_ptr() as *mut u8;
    for i in 0..4 {
        println!("storing item {}", i);
        let dst = unsafe { base.add(i * 3) } as *mut i32;
        unsafe { *dst = i as i32 * 10 };
    }
    println!("packed = {:?}", packed);
}
