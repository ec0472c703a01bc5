use std::mem::MaybeUninit;

fn main() {
    let block = MaybeUninit::<[u32; 4]>::uninit();
    let first = block.as_ptr() as *const u32;
    println!("printing something that was never set");
    println!("x = {}", unsafe { *first });
    println!("done");
}
