use std::alloc::{dealloc, Layout};

fn main() {
    let mut scratch = [0u8; 32];
    for (i, b) in scratch.iter_mut().enumerate() {
        *b = i as u8;
    }
    println!("scratch[31] = {}", scratch[31]);
    let layout = Layout::new::<[u8; 32]>();
    unsafe { dealloc(scratch.as_mut_ptr(), layout) };
    println!("released scratch");
}
