use std::ptr;

fn target(ok: bool, store: &mut [u8; 8]) -> *mut u8 {
    if ok { store.as_mut_ptr() } else { ptr::null_mut() }
}

fn main() {
    let src = *b"payload!";
    let mut store = [0u8; 8];
    unsafe { ptr::copy_nonoverlapping(src.as_ptr(), target(true, &mut store), 8) };
    println!("store = {:?}", store);
    println!("copying to the second target");
    unsafe { ptr::copy_nonoverlapping(src.as_ptr(), target(false, &mut store), 8) };
    println!("done");
}
