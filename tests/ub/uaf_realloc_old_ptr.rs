use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    unsafe {
        let layout = Layout::array::<u8>(4).unwrap();
        let old = alloc(layout);
        for i in 0..4 {
            *old.add(i) = b'a' + i as u8;
        }
        println!("old[0] = {}", *old as char);
        let new = realloc(old, layout, 64);
        println!("grew the buffer to 64 bytes");
        let c = *old.add(1);
        println!("old[1] = {}", c as char);
        dealloc(new, Layout::array::<u8>(64).unwrap());
    }
}
