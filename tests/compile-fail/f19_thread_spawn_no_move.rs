// Parallel sum: the spawned thread borrows a local Vec without `move`.
use std::thread;

fn sum_chunk(chunk: &[u64]) -> u64 {
    chunk.iter().sum()
}

fn main() {
    let numbers: Vec<u64> = (1..=1000).collect();

    // Mistake: the closure borrows `numbers`, which may not outlive the thread.
    let handle = thread::spawn(|| {
        let half = numbers.len() / 2;
        sum_chunk(&numbers[..half])
    });

    let half = numbers.len() / 2;
    let second = sum_chunk(&numbers[half..]);
    let first = handle.join().unwrap();

    println!("first half: {}, second half: {}", first, second);
    println!("total: {}", first + second);
}
