use std::sync::Mutex;
use std::thread;

fn main() {
    let total = Mutex::new(0);
    let handle = thread::spawn(|| {
        *total.lock().unwrap() += 10;
    });
    handle.join().unwrap();
    println!("{}", total.lock().unwrap());
}
