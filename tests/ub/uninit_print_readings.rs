use std::mem::MaybeUninit;

fn main() {
    let mut readings: [MaybeUninit<f64>; 4] = unsafe { MaybeUninit::uninit().assume_init() };
    readings[0].write(1.5);
    readings[1].write(2.5);
    for i in 0..4 {
        println!("reading {} = {}", i, unsafe { readings[i].assume_init() });
    }
}
