static mut HISTORY: [i32; 4] = [0; 4];

fn record(slot: usize, value: i32) {
    unsafe {
        let base = &raw mut HISTORY as *mut i32;
        *base.add(slot) = value;
    }
}

fn main() {
    for (i, v) in [5, 6, 7, 8, 9].iter().enumerate() {
        println!("recording {} in slot {}", v, i);
        record(i, *v);
    }
}
