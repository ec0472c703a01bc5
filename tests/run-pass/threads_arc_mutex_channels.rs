use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();
            *num += 1;
        });
        handles.push(handle);
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("Result: {}", *counter.lock().unwrap());
    println!("strong = {}", Arc::strong_count(&counter));

    let (tx, rx) = mpsc::channel();
    let tx1 = tx.clone();
    thread::spawn(move || {
        let vals = vec![String::from("hi"), String::from("from"), String::from("the"), String::from("thread")];
        for val in vals {
            tx1.send(val).unwrap();
            thread::sleep(Duration::from_secs(1));
        }
    });
    thread::spawn(move || {
        for val in [String::from("more"), String::from("messages")] {
            tx.send(val).unwrap();
        }
    });
    let mut got = vec![];
    for received in rx {
        got.push(received);
    }
    got.sort();
    println!("Got: {:?}", got);

    let h = thread::spawn(|| 6 * 7);
    println!("answer {}", h.join().unwrap());
    let data = Arc::new(vec![1, 2, 3]);
    let d2 = Arc::clone(&data);
    let sum = thread::spawn(move || { let s: i32 = d2.iter().sum(); s }).join().unwrap();
    println!("sum {} count {} {:?}", sum, Arc::strong_count(&data), data);
    let m = Mutex::new(String::from("x"));
    {
        let mut g = m.lock().unwrap();
        g.push_str("yz");
    }
    println!("{}", m.lock().unwrap());
    let (t2, r2) = mpsc::channel::<i32>();
    drop(r2);
    println!("{}", t2.send(5).is_err());
}
