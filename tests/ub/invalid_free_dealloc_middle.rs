use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::array::<u32>(6).unwrap();
    unsafe {
        let base = alloc(layout) as *mut u32;
        for i in 0..6 {
            *base.add(i) = i as u32;
        }
        let middle = base.add(3);
        println!("middle = {}", *middle);
        dealloc(middle as *mut u8, layout);
        println!("freed from the middle");
    }
}
