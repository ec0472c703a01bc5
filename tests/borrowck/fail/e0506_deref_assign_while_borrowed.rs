fn reset(counter: &mut u32, peek: &u32) {
    println!("peek {}", peek);
    *counter = 0;
}

fn main() {
    let mut hits = 17u32;
    let r = &mut hits;
    let snapshot = &*r;
    *r = 0;
    reset(r, snapshot);
}
