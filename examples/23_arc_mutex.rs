// Tour stop 23: Arc and Mutex. Each thread gets its own Arc (one more strong count on the shared
// block: the counts, then the Mutex — its futex word, its poison flag, the value); the Mutex gives
// one thread at a time a guard that derefs to the value and unlocks when dropped.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];

    for i in 0..10 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += i;
        }));
    }
    // (how many clones are still alive here depends on how far the threads got: not printed)
    for handle in handles {
        handle.join().unwrap();
    }

    println!("Result: {}", *counter.lock().unwrap());
    println!("strong count at the end: {}", Arc::strong_count(&counter));
    println!("Mutex<i32> is {} bytes, its guard {} bytes", std::mem::size_of::<Mutex<i32>>(),
        std::mem::size_of::<std::sync::MutexGuard<'static, i32>>());
}
