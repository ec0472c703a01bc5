// `static mut` items live at their .data/.bss address (the one `sections` shows) and are used in
// unsafe blocks (values copied out: edition 2024 denies references to them).
static mut COUNTER: u32 = 0;
static mut LOG: [u8; 4] = [1, 2, 3, 4];

fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

fn main() {
    bump();
    bump();
    unsafe {
        LOG[2] = 9;
        let copy = LOG;
        let n = COUNTER;
        println!("{} {:?}", n, copy);
    }
    println!("{}", bump());
}
