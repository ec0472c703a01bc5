use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut workers = Vec::new();
    for id in 0..3 {
        let tx = tx.clone();
        workers.push(thread::spawn(move || {
            tx.send(id * id).unwrap();
        }));
    }
    drop(tx);
    for w in workers {
        w.join().unwrap();
    }
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}
