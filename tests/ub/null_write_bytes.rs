fn scratch(len: usize) -> *mut u8 {
    if len <= 16 {
        Box::into_raw(Box::new([1u8; 16])) as *mut u8
    } else {
        std::ptr::null_mut()
    }
}

fn main() {
    for len in [8usize, 32] {
        let p = scratch(len);
        println!("clearing {} bytes", len);
        unsafe { p.write_bytes(0, len) };
        println!("cleared");
    }
}
