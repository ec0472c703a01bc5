use std::num::NonZeroU32;

fn main() {
    let counts = [3u32, 1, 0];
    for c in counts {
        println!("count {}", c);
        let nz = unsafe { NonZeroU32::new_unchecked(c) };
        println!("nonzero {}", nz);
    }
}
