// Reading a bigger array type out of a smaller local array with ptr::read.
use std::ptr;

fn main() {
    let small: [u32; 4] = [1, 2, 3, 4];
    let tail: [u32; 2] = [5, 6];
    println!("small = {:?}", small);
    println!("tail = {:?}", tail);
    let first = unsafe { ptr::read(small.as_ptr()) };
    println!("first via ptr::read = {}", first);

    // Learner hopes `tail` follows `small` so all six values come out.
    let p = small.as_ptr() as *const [u32; 6];
    println!("reading 6 elements from a 4-element array");
    let wide: [u32; 6] = unsafe { ptr::read(p) };
    println!("wide = {:?}", wide);
}
