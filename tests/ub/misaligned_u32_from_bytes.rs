fn main() {
    let words: [u32; 4] = [0x11223344, 0x55667788, 0x99aabbcc, 0xddeeff00];
    let bytes = words.as_ptr() as *const u8;
    let b0 = unsafe { *bytes };
    println!("first byte = {:#x}", b0);
    let odd = unsafe { bytes.add(1) } as *const u32;
    let w = unsafe { *odd };
    println!("word at offset 1 = {:#x}", w);
}
