use std::sync::Mutex;
use std::thread;

fn main() {
    let total = Mutex::new(0);
    let inputs = [4, 8, 15, 16];
    thread::scope(|s| {
        for x in &inputs {
            let total = &total;
            s.spawn(move || {
                *total.lock().unwrap() += x;
            });
        }
    });
    println!("{}", total.into_inner().unwrap());
}
