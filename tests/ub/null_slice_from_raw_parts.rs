fn buffer_for(id: u32) -> *const u16 {
    static A: [u16; 3] = [1, 2, 3];
    if id == 1 { A.as_ptr() } else { std::ptr::null() }
}

fn main() {
    let s1 = unsafe { std::slice::from_raw_parts(buffer_for(1), 3) };
    println!("buffer 1 = {:?}", s1);
    let s2 = unsafe { std::slice::from_raw_parts(buffer_for(2), 3) };
    println!("buffer 2 first = {}", s2[0]);
}
