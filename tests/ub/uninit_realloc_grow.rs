use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    unsafe {
        let small = Layout::array::<u32>(2).unwrap();
        let p = alloc(small) as *mut u32;
        *p = 1;
        *p.add(1) = 2;
        let q = realloc(p as *mut u8, small, 16) as *mut u32;
        println!("kept {} and {}", *q, *q.add(1));
        let mut total = 0u32;
        for i in 0..4 {
            total += *q.add(i);
        }
        println!("total = {}", total);
        dealloc(q as *mut u8, Layout::array::<u32>(4).unwrap());
    }
}
