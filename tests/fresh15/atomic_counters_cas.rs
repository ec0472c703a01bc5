use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

#[derive(Default)]
struct Stats {
    hits: AtomicUsize,
    balance: AtomicI64,
    max_seen: AtomicI64,
    min_seen: AtomicI64,
    seen_bits: AtomicU64,
    initialized: AtomicBool,
    init_winners: AtomicUsize,
    cas_retries_bounded: AtomicBool,
}

impl Stats {
    fn record_max_cas(&self, value: i64) -> usize {
        let mut retries = 0;
        let mut current = self.max_seen.load(Ordering::Relaxed);
        while value > current {
            match self.max_seen.compare_exchange(current, value, Ordering::SeqCst, Ordering::Relaxed) {
                Ok(_) => break,
                Err(actual) => {
                    current = actual;
                    retries += 1;
                }
            }
        }
        retries
    }

    fn try_initialize(&self) {
        if !self.initialized.swap(true, Ordering::AcqRel) {
            self.init_winners.fetch_add(1, Ordering::SeqCst);
        }
    }
}

fn value_for(thread: i64, i: i64) -> i64 {
    ((thread * 7919 + i * 104729) % 2001) - 1000
}

fn main() {
    let stats = Arc::new(Stats { min_seen: AtomicI64::new(i64::MAX), ..Default::default() });
    stats.max_seen.store(i64::MIN, Ordering::SeqCst);
    stats.cas_retries_bounded.store(true, Ordering::SeqCst);

    let handles: Vec<_> = (0..6i64)
        .map(|t| {
            let s = Arc::clone(&stats);
            thread::spawn(move || {
                s.try_initialize();
                let mut local_sum = 0i64;
                for i in 0..1000 {
                    let v = value_for(t, i);
                    s.hits.fetch_add(1, Ordering::Relaxed);
                    s.balance.fetch_add(v, Ordering::Relaxed);
                    if v < 0 {
                        s.balance.fetch_sub(1, Ordering::Relaxed); // fee on withdrawals
                    }
                    let retries = s.record_max_cas(v);
                    if retries > 1000 {
                        s.cas_retries_bounded.store(false, Ordering::SeqCst);
                    }
                    s.min_seen.fetch_min(v, Ordering::Relaxed);
                    s.seen_bits.fetch_or(1u64 << (v.rem_euclid(64)), Ordering::Relaxed);
                    local_sum += v;
                }
                local_sum
            })
        })
        .collect();

    let local_sums: Vec<i64> = handles.into_iter().map(|h| h.join().unwrap()).collect();

    // Sequential reference.
    let mut expected_balance = 0i64;
    let mut expected_max = i64::MIN;
    let mut expected_min = i64::MAX;
    let mut expected_bits = 0u64;
    for t in 0..6 {
        for i in 0..1000 {
            let v = value_for(t, i);
            expected_balance += v - if v < 0 { 1 } else { 0 };
            expected_max = expected_max.max(v);
            expected_min = expected_min.min(v);
            expected_bits |= 1 << v.rem_euclid(64);
        }
    }

    let hits = stats.hits.load(Ordering::SeqCst);
    let balance = stats.balance.load(Ordering::SeqCst);
    println!("hits: {}", hits);
    println!("per-thread sums: {:?}", local_sums);
    println!("balance: {} (expected {})", balance, expected_balance);
    println!("max: {} min: {}", stats.max_seen.load(Ordering::SeqCst), stats.min_seen.load(Ordering::SeqCst));
    println!("bits set: {} all match: {}", stats.seen_bits.load(Ordering::SeqCst).count_ones(), stats.seen_bits.load(Ordering::SeqCst) == expected_bits);
    println!("init winners: {}", stats.init_winners.load(Ordering::SeqCst));
    println!("cas retries bounded: {}", stats.cas_retries_bounded.load(Ordering::SeqCst));
    assert_eq!(balance, expected_balance);
    assert_eq!(stats.max_seen.load(Ordering::SeqCst), expected_max);
    assert_eq!(stats.min_seen.load(Ordering::SeqCst), expected_min);

    // swap / compare_exchange semantics, single-threaded and deterministic.
    let flag = AtomicUsize::new(5);
    println!("swap returned {}", flag.swap(9, Ordering::SeqCst));
    println!("cas(5->1): {:?}", flag.compare_exchange(5, 1, Ordering::SeqCst, Ordering::SeqCst));
    println!("cas(9->1): {:?}", flag.compare_exchange(9, 1, Ordering::SeqCst, Ordering::SeqCst));
    println!("fetch_update double: {:?}", flag.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 100 { Some(x * 2) } else { None }));
    println!("final flag: {}", flag.into_inner());
}
