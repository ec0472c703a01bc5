use std::thread;

fn main() {
    let jobs = vec![3, 1, 4, 1, 5];
    let handle = thread::spawn(move || {
        let total: i32 = jobs.iter().sum();
        total
    });
    println!("result {}", handle.join().unwrap());
    println!("jobs left {}", jobs.len());
}
