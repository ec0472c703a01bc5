// A struct that outlives a function keeps a pointer to that function's local.
struct Holder {
    data: *const [u8; 16],
    len: usize,
}

fn fill(h: &mut Holder, seed: u8) {
    let mut buf = [0u8; 16];
    for (i, b) in buf.iter_mut().enumerate() {
        *b = seed.wrapping_add(i as u8);
    }
    println!("fill: buf[0..4] = {:?}", &buf[..4]);
    h.data = &buf as *const [u8; 16];
    h.len = buf.len();
}

fn main() {
    let mut h = Holder {
        data: std::ptr::null(),
        len: 0,
    };
    println!("holder empty, len = {}", h.len);
    fill(&mut h, 40);
    println!("holder filled, len = {}", h.len);
    let first = unsafe { (*h.data)[0] };
    println!("first byte = {}", first);
}
