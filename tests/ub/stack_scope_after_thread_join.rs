// A pointer kept from the previous loop iteration, in a program that has spawned a thread.
use std::thread;

fn main() {
    let worker = thread::spawn(|| (1..=10).sum::<u32>());
    let total = worker.join().unwrap();
    println!("worker summed {}", total);
    let mut kept: *const [u32; 3] = std::ptr::null();
    for round in 0..3u32 {
        println!("round {}", round);
        if !kept.is_null() {
            let first = unsafe { (*kept)[0] };
            println!("previous first = {}", first);
        }
        let scores = [total + round, total * 2 + round, total * 3 + round];
        println!("scores = {:?}", scores);
        kept = &scores;
    }
}
