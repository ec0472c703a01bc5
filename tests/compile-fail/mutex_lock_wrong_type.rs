use std::sync::Mutex;

fn main() {
    let m = Mutex::new(5u8);
    let mut g = m.lock().unwrap();
    *g = "five";
}
