// Tour stop 22: Send and Sync. Vec, String, primitives, Arc and Mutex cross into a spawned thread;
// an Rc cannot (`rustmem check` on the variant in the comment at the end reports rustc's E0277:
// "`Rc<i32>` cannot be sent between threads safely"), because std computes Send and Sync from
// the parts of a type, and Rc's counts are not atomic.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let numbers = vec![1, 2, 3];
    let name = String::from("worker");
    let shared = Arc::new(Mutex::new(0u64));
    let in_thread = Arc::clone(&shared);

    let handle = thread::spawn(move || {
        // numbers and name moved in: Vec<i32> and String are Send
        let sum: i32 = numbers.iter().sum();
        *in_thread.lock().unwrap() += sum as u64;
        format!("{name} added {sum}")
    });
    println!("{}", handle.join().unwrap());
    println!("shared value: {}", *shared.lock().unwrap());
    println!("Arc<Mutex<u64>> is {} bytes: one pointer to the counts and the Mutex", std::mem::size_of_val(&shared));
    println!("Arc strong count after the thread ended: {}", Arc::strong_count(&shared));
}

// With an Rc instead of the Arc, rustc (and `rustmem check`) refuse the spawn:
//     let shared = std::rc::Rc::new(5);
//     thread::spawn(move || println!("{shared}"));   // error[E0277]: `Rc<i32>` cannot be sent between threads safely
