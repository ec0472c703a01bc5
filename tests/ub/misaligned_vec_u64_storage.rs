fn main() {
    let mut storage: Vec<u64> = vec![0; 4];
    let p = storage.as_mut_ptr() as *mut u8;
    unsafe {
        for i in 0..32 {
            *p.add(i) = i as u8;
        }
    }
    println!("filled {} bytes", 32);
    let q = unsafe { p.add(5) } as *mut u32;
    let val = unsafe { *q };
    println!("val = {:#x}", val);
}
