use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let total = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::new();
    for id in 1..=4u64 {
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            *total.lock().unwrap() += id * 10;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("total {}", *total.lock().unwrap());
}
