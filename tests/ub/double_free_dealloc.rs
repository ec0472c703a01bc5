use std::alloc::{alloc_zeroed, dealloc, Layout};

fn main() {
    let layout = Layout::from_size_align(24, 8).unwrap();
    unsafe {
        let p = alloc_zeroed(layout);
        println!("first byte = {}", *p);
        dealloc(p, layout);
        println!("freed once");
        dealloc(p, layout);
        println!("freed twice");
    }
}
