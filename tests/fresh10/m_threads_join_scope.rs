use std::sync::Arc;
use std::thread;

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

struct Report {
    worker: usize,
    primes: usize,
    largest: u64,
}

fn main() {
    println!("-- spawn + join with return values --");
    let ranges = [(1u64, 100u64), (100, 200), (200, 300), (300, 400)];
    let mut handles = Vec::new();
    for (i, &(lo, hi)) in ranges.iter().enumerate() {
        handles.push(thread::spawn(move || {
            let ps: Vec<u64> = (lo..hi).filter(|&n| is_prime(n)).collect();
            Report { worker: i, primes: ps.len(), largest: *ps.last().unwrap_or(&0) }
        }));
    }
    let mut total = 0;
    for h in handles {
        let r = h.join().expect("worker failed");
        println!("worker {} found {} primes, largest {}", r.worker, r.primes, r.largest);
        total += r.primes;
    }
    println!("total primes below 400: {}", total);

    println!("-- Arc shares read-only data --");
    let words: Arc<Vec<String>> = Arc::new(
        "the quick brown fox jumps over the lazy dog".split(' ').map(String::from).collect(),
    );
    println!("strong_count before spawn: {}", Arc::strong_count(&words));
    let mut hs = Vec::new();
    for t in 0..3 {
        let w = Arc::clone(&words);
        hs.push(thread::spawn(move || {
            w.iter().skip(t).step_by(3).map(|s| s.len()).sum::<usize>()
        }));
    }
    let sums: Vec<usize> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("per-thread letter sums {:?}", sums);
    println!("strong_count after joins: {}", Arc::strong_count(&words));

    println!("-- thread::scope borrows local data --");
    let mut grid = vec![vec![0u32; 4]; 3];
    let multiplier = 7;
    thread::scope(|s| {
        for (row_idx, row) in grid.iter_mut().enumerate() {
            s.spawn(move || {
                for (c, cell) in row.iter_mut().enumerate() {
                    *cell = (row_idx as u32 * 4 + c as u32) * multiplier;
                }
            });
        }
    });
    for row in &grid {
        println!("{:?}", row);
    }
    let data = [5, 1, 4, 2, 3];
    let (min, max) = thread::scope(|s| {
        let a = s.spawn(|| data.iter().min().copied());
        let b = s.spawn(|| data.iter().max().copied());
        (a.join().unwrap(), b.join().unwrap())
    });
    println!("min={:?} max={:?} from borrowed array {:?}", min, max, data);

    let name = thread::Builder::new()
        .name("namer".into())
        .spawn(|| thread::current().name().map(|s| s.to_string()))
        .unwrap()
        .join()
        .unwrap();
    println!("named thread reported {:?}", name);
}
