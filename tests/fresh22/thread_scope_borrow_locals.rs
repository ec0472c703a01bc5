// std::thread::scope with threads borrowing stack locals.
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::thread;

fn checksum(data: &[u32]) -> u64 {
    data.iter().enumerate().map(|(i, &v)| (i as u64 + 1) * v as u64).sum()
}

fn main() {
    let mut data = [0u32; 64];
    for (i, v) in data.iter_mut().enumerate() {
        *v = (i as u32 * 37 + 11) % 101;
    }
    let total_expected: u64 = data.iter().map(|&v| v as u64).sum();
    println!("expected total = {}", total_expected);

    // Threads read disjoint chunks of a local array and return partial sums.
    let partials: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = data
            .chunks(16)
            .map(|chunk| s.spawn(move || chunk.iter().map(|&v| v as u64).sum::<u64>()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("partials = {:?}, total = {}", partials, partials.iter().sum::<u64>());

    // Threads mutate disjoint chunks through &mut.
    thread::scope(|s| {
        for (k, chunk) in data.chunks_mut(16).enumerate() {
            s.spawn(move || {
                for v in chunk.iter_mut() {
                    *v = *v * 2 + k as u32;
                }
            });
        }
    });
    println!("after mutation: first 8 = {:?}", &data[..8]);
    println!("checksum = {}", checksum(&data));

    // Shared counters on the stack: atomic and mutex, borrowed by reference.
    let hits = AtomicU64::new(0);
    let log = Mutex::new(Vec::new());
    let words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"];
    thread::scope(|s| {
        for (i, w) in words.iter().enumerate() {
            let hits = &hits;
            let log = &log;
            s.spawn(move || {
                hits.fetch_add(w.len() as u64, Ordering::SeqCst);
                log.lock().unwrap().push((i, w.to_uppercase()));
            });
        }
    });
    let mut entries = log.into_inner().unwrap();
    entries.sort();
    println!("hits (total letters) = {}", hits.load(Ordering::SeqCst));
    for (i, w) in &entries {
        println!("  entry {} -> {}", i, w);
    }

    // One thread gets &mut to one local, another gets & to a different local.
    let mut counter = 0u32;
    let limit = 25u32;
    let mut squares = Vec::new();
    thread::scope(|s| {
        s.spawn(|| {
            while counter < limit {
                counter += 1;
            }
        });
        s.spawn(|| {
            for i in 0..limit / 5 {
                squares.push(i * i);
            }
        });
    });
    println!("counter = {}, squares = {:?}", counter, squares);

    // Scoped thread returning a reference derived from a borrowed local.
    let names = [String::from("zeta"), String::from("eta"), String::from("theta")];
    let longest: &String = thread::scope(|s| {
        s.spawn(|| names.iter().max_by_key(|n| n.len()).unwrap()).join().unwrap()
    });
    println!("longest name = {}", longest);
}
