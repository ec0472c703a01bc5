fn main() {
    let lo: u32 = 0x1234;
    let p = &lo as *const u32;
    println!("lo = {:#x}", unsafe { *p });
    let pair = p as *const [u32; 2];
    let hi = unsafe { (*pair)[1] };
    println!("hi = {:#x}", hi);
}
