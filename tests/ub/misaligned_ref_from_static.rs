fn first_word(bytes: *const u8) -> &'static u32 {
    unsafe { &*(bytes as *const u32) }
}

static DATA: [u32; 3] = [7, 8, 9];

fn main() {
    let base = DATA.as_ptr() as *const u8;
    println!("first = {}", first_word(base));
    let shifted = unsafe { base.add(2) };
    let w = first_word(shifted);
    println!("shifted = {}", w);
}
