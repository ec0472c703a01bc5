use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::new::<u64>();
    unsafe {
        let p = alloc(layout) as *mut u64;
        println!("allocated 8 bytes");
        if *p == 0 {
            println!("memory starts zeroed");
        } else {
            println!("memory has junk");
        }
        dealloc(p as *mut u8, layout);
    }
}
