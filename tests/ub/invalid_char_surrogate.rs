fn main() {
    let codes = [0x41u32, 0x263A, 0xD800];
    for c in codes {
        println!("converting {:#x}", c);
        let ch = unsafe { char::from_u32_unchecked(c) };
        println!("got {}", ch);
    }
}
