use std::thread;

fn main() {
    let mut handles = Vec::new();
    for worker_id in 0..3 {
        let name = format!("worker-{}", worker_id);
        handles.push(thread::spawn(|| {
            println!("{} starting", name);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
