use std::thread;

fn main() {
    let counts = vec![1, 2, 3];
    let for_thread = counts.clone();
    let handle = thread::spawn(move || {
        println!("thread sees {:?}", for_thread);
        for_thread.len()
    });
    let n = handle.join().unwrap();
    println!("main still has {:?}, thread counted {}", counts, n);
}
