use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::array::<u8>(5).unwrap();
    unsafe {
        let p = alloc(layout);
        *p = b'o';
        *p.add(1) = b'k';
        let s = std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, 5));
        println!("the buffer says:");
        println!("[{}]", s);
        dealloc(p, layout);
    }
}
