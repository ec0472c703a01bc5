use std::sync::Arc;
use std::thread;

struct Payload {
    bytes: Vec<u8>,
}

fn main() {
    let shared = Arc::new(Payload { bytes: vec![1, 2, 3] });
    let s2 = Arc::clone(&shared);
    let h = thread::spawn(move || s2.bytes.len());
    let bytes = shared.bytes;
    println!("{} {}", bytes.len(), h.join().unwrap());
}
