use std::mem::MaybeUninit;

fn main() {
    let mut slots: [MaybeUninit<i32>; 8] = unsafe { MaybeUninit::uninit().assume_init() };
    let filled = std::env::args().count() + 3;
    for i in 0..filled {
        slots[i].write(i as i32 * 2);
    }
    println!("filled {} slots", filled);
    if unsafe { slots[5].assume_init() } > 5 {
        println!("big");
    } else {
        println!("small");
    }
}
