use std::ptr;

struct Slot {
    target: *mut u32,
}

fn main() {
    let mut value = 1u32;
    let mut slots = [Slot { target: &mut value }, Slot { target: ptr::null_mut() }];
    for (i, s) in slots.iter_mut().enumerate() {
        println!("writing slot {}", i);
        unsafe { *s.target = 99; }
    }
    println!("value = {}", value);
}
