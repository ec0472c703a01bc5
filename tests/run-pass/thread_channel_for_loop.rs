// The Book's ch16 shapes: a producer thread sending owned Strings, the receiver iterated until every
// sender is gone; a Vec of JoinHandles consumed by a for loop; a Mutex guard released at scope end.
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

struct Loud(u32);
impl Drop for Loud {
    fn drop(&mut self) { println!("drop {}", self.0); }
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        for i in 0..3 {
            tx.send(format!("message {i}")).unwrap();
        }
        Loud(99)
    });
    for m in rx {
        println!("got {m}");
    }
    let loud = producer.join().unwrap();
    println!("joined with {}", loud.0);

    let shared = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.lock().unwrap().push(i * i))
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    // (the threads may push in any order: the sum is the same in all of them)
    println!("{}", shared.lock().unwrap().iter().sum::<i32>());

    let (t, r) = mpsc::channel();
    t.send(Loud(1)).unwrap();
    t.send(Loud(2)).unwrap();
    println!("{}", r.recv().unwrap().0);
    drop(r);
    println!("receiver gone: {}", t.send(Loud(3)).is_err());
}
