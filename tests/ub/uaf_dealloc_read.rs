use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::array::<u32>(8).unwrap();
    unsafe {
        let p = alloc(layout) as *mut u32;
        if p.is_null() {
            return;
        }
        for i in 0..8 {
            *p.add(i) = (i * i) as u32;
        }
        println!("p[3] = {}", *p.add(3));
        dealloc(p as *mut u8, layout);
        println!("buffer released");
        let x = *p.add(5);
        println!("p[5] = {}", x);
    }
}
