use std::alloc::{Layout, alloc, dealloc};

fn main() {
    let layout = Layout::array::<i32>(6).unwrap();
    let p = unsafe { alloc(layout) as *mut i32 };
    for i in 0..6 {
        unsafe { *p.add(i) = -(i as i32) * 3 };
    }
    let mut sum = 0;
    for i in 0..6 {
        sum += unsafe { *p.add(i) };
    }
    println!("sum = {}", sum);
    unsafe { dealloc(p as *mut u8, layout) };
    println!("freed once");
    let cleanup = p as *mut u8;
    unsafe { dealloc(cleanup, layout) };
    println!("freed twice");
}
