fn main() {
    let mut flags: u32 = 1;
    for bit in [3u32, 10, 31, 32] {
        println!("setting bit {}", bit);
        flags |= unsafe { 1u32.unchecked_shl(bit) };
    }
    println!("flags = {:#x}", flags);
}
