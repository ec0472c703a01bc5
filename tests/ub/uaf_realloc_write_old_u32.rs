use std::alloc::{Layout, alloc, dealloc, realloc};

fn main() {
    let small = Layout::array::<u32>(4).unwrap();
    let big = Layout::array::<u32>(32).unwrap();
    unsafe {
        let old = alloc(small) as *mut u32;
        for i in 0..4 {
            *old.add(i) = (i as u32 + 1) * 10;
        }
        println!("old[3] = {}", *old.add(3));
        let new = realloc(old as *mut u8, small, big.size()) as *mut u32;
        println!("new[3] = {}", *new.add(3));
        println!("resetting the first element");
        *old = 0;
        println!("new[0] = {}", *new);
        dealloc(new as *mut u8, big);
    }
}
