use std::ptr::NonNull;

fn slot(i: usize, data: &mut [u8; 2]) -> *mut u8 {
    if i < 2 { &mut data[i] } else { std::ptr::null_mut() }
}

fn main() {
    let mut data = [5u8, 6];
    for i in 0..3 {
        println!("wrapping slot {}", i);
        let nn = unsafe { NonNull::new_unchecked(slot(i, &mut data)) };
        println!("value = {}", unsafe { *nn.as_ptr() });
    }
}
