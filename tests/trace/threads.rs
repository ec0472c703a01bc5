use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for i in 1..=2 {
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            let mut t = total.lock().unwrap();
            *t += i;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("total = {}", *total.lock().unwrap());
}
