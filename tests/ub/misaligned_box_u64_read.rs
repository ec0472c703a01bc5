fn main() {
    let b: Box<[u64; 2]> = Box::new([0x0102_0304_0506_0708, 0x1112_1314_1516_1718]);
    let raw = Box::into_raw(b) as *mut u8;
    println!("boxed pair at hand");
    let mid = unsafe { raw.add(4) } as *const u64;
    let v = unsafe { *mid };
    println!("middle = {:#x}", v);
    drop(unsafe { Box::from_raw(raw as *mut [u64; 2]) });
}
