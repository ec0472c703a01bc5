use std::thread;

fn main() {
    let mut handles = Vec::new();
    for worker_id in 0..3 {
        let name = format!("worker-{}", worker_id);
        handles.push(thread::spawn(move || name.len() + worker_id));
    }
    let results: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", results);
}
