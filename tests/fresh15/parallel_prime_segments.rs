use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;

const LIMIT: usize = 200_000;
const SEGMENT: usize = 10_000;

static BASE_PRIMES: OnceLock<Vec<usize>> = OnceLock::new();

fn base_primes() -> &'static [usize] {
    BASE_PRIMES.get_or_init(|| {
        let root = (LIMIT as f64).sqrt() as usize + 1;
        let mut sieve = vec![true; root + 1];
        sieve[0] = false;
        sieve[1] = false;
        let mut i = 2;
        while i * i <= root {
            if sieve[i] {
                (i * i..=root).step_by(i).for_each(|j| sieve[j] = false);
            }
            i += 1;
        }
        sieve.iter().enumerate().filter(|(_, p)| **p).map(|(i, _)| i).collect()
    })
}

#[derive(Debug, Clone)]
struct SegmentResult {
    index: usize,
    count: usize,
    sum: u64,
    largest: Option<usize>,
    twin_pairs: usize,
}

fn sieve_segment(index: usize) -> SegmentResult {
    let lo = index * SEGMENT;
    let hi = (lo + SEGMENT).min(LIMIT);
    let mut is_prime = vec![true; hi - lo];
    for &p in base_primes() {
        let start = (p * p).max(lo.div_ceil(p) * p);
        for m in (start..hi).step_by(p) {
            is_prime[m - lo] = false;
        }
    }
    for n in lo..hi.min(2) {
        is_prime[n - lo] = false;
    }
    let primes: Vec<usize> = (lo..hi).filter(|n| is_prime[n - lo]).collect();
    let twin_pairs = primes.windows(2).filter(|w| w[1] - w[0] == 2).count();
    SegmentResult {
        index,
        count: primes.len(),
        sum: primes.iter().map(|&p| p as u64).sum(),
        largest: primes.last().copied(),
        twin_pairs,
    }
}

fn main() {
    let segments = LIMIT.div_ceil(SEGMENT);
    let next = Arc::new(AtomicUsize::new(0));
    let results = Arc::new(Mutex::new(Vec::with_capacity(segments)));

    let workers: Vec<thread::JoinHandle<usize>> = (0..4)
        .map(|_| {
            let next = Arc::clone(&next);
            let results = Arc::clone(&results);
            thread::spawn(move || {
                let mut claimed = 0;
                loop {
                    let idx = next.fetch_add(1, Ordering::Relaxed);
                    if idx >= segments {
                        break claimed;
                    }
                    let r = sieve_segment(idx);
                    results.lock().unwrap().push(r);
                    claimed += 1;
                }
            })
        })
        .collect();
    let claimed_total: usize = workers.into_iter().map(|h| h.join().unwrap()).sum();
    println!("segments: {} claimed: {}", segments, claimed_total);

    let mut results = Arc::try_unwrap(results).unwrap().into_inner().unwrap();
    results.sort_by_key(|r| r.index);
    let mut total = 0;
    let mut sum = 0u64;
    let mut twins_inside = 0;
    for r in results.iter().take(5) {
        println!("segment {:>2}: count={:<5} sum={:<10} largest={:?} twins={}", r.index, r.count, r.sum, r.largest, r.twin_pairs);
    }
    println!("...");
    for r in &results {
        total += r.count;
        sum += r.sum;
        twins_inside += r.twin_pairs;
    }
    // Twin pairs that straddle a segment boundary.
    let straddling = results
        .windows(2)
        .filter(|w| {
            let first_next = w[1].index * SEGMENT;
            matches!(w[0].largest, Some(p) if p + 2 >= first_next && {
                let n = p + 2;
                base_primes().iter().take_while(|&&q| q * q <= n).all(|&q| n % q != 0)
            })
        })
        .count();
    println!("primes below {}: {}", LIMIT, total);
    println!("sum of primes: {}", sum);
    println!("twin prime pairs: {} (+{} across boundaries)", twins_inside, straddling);
    println!("largest prime: {:?}", results.last().and_then(|r| r.largest));

    let mut density: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for r in &results {
        density.entry(r.count / 100 * 100).or_default().push(r.index);
    }
    for (bucket, idxs) in &density {
        println!("count in [{}, {}): segments {:?}", bucket, bucket + 100, idxs);
    }
    assert_eq!(total, 17984);
}
