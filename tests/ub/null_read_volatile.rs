fn register_address(id: u8) -> *const u32 {
    static REGS: [u32; 2] = [0xA0, 0xB0];
    match id {
        0 => &REGS[0],
        1 => &REGS[1],
        _ => std::ptr::null(),
    }
}

fn main() {
    for id in 0..3 {
        println!("reading register {}", id);
        let v = unsafe { register_address(id).read_volatile() };
        println!("value = {:#x}", v);
    }
}
