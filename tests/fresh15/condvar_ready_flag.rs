use std::sync::{Arc, Condvar, Mutex};
use std::thread;

/// A one-shot gate: threads block until `open` is called.
struct Gate {
    open: Mutex<bool>,
    cv: Condvar,
}

impl Gate {
    fn new() -> Self {
        Gate { open: Mutex::new(false), cv: Condvar::new() }
    }
    fn wait(&self) {
        let mut open = self.open.lock().unwrap();
        while !*open {
            open = self.cv.wait(open).unwrap();
        }
    }
    fn open(&self) {
        *self.open.lock().unwrap() = true;
        self.cv.notify_all();
    }
}

/// A countdown latch: `wait` returns when the count reaches zero.
struct Latch {
    remaining: Mutex<usize>,
    cv: Condvar,
}

impl Latch {
    fn new(n: usize) -> Self {
        Latch { remaining: Mutex::new(n), cv: Condvar::new() }
    }
    fn count_down(&self) {
        let mut r = self.remaining.lock().unwrap();
        *r -= 1;
        if *r == 0 {
            self.cv.notify_all();
        }
    }
    fn wait(&self) -> usize {
        let guard = self.cv.wait_while(self.remaining.lock().unwrap(), |r| *r > 0).unwrap();
        *guard
    }
}

struct Shared {
    gate: Gate,
    done: Latch,
    configured_value: Mutex<Option<u64>>,
    results: Mutex<Vec<(usize, u64)>>,
}

fn main() {
    const WORKERS: usize = 5;
    let shared = Arc::new(Shared {
        gate: Gate::new(),
        done: Latch::new(WORKERS),
        configured_value: Mutex::new(None),
        results: Mutex::new(Vec::new()),
    });

    let handles: Vec<thread::JoinHandle<()>> = (0..WORKERS)
        .map(|id| {
            let sh = Arc::clone(&shared);
            thread::spawn(move || {
                sh.gate.wait();
                // The configuration is guaranteed to be present once the gate opens.
                let base = sh.configured_value.lock().unwrap().expect("configured before gate opened");
                let value = (0..=id as u64).map(|k| base * k + id as u64).sum::<u64>();
                sh.results.lock().unwrap().push((id, value));
                sh.done.count_down();
            })
        })
        .collect();

    println!("results before gate: {}", shared.results.lock().unwrap().len());
    *shared.configured_value.lock().unwrap() = Some(11);
    shared.gate.open();
    let left = shared.done.wait();
    println!("latch released with remaining = {}", left);

    let mut results = shared.results.lock().unwrap().clone();
    results.sort();
    for (id, v) in &results {
        println!("worker {} -> {}", id, v);
    }
    let total: u64 = results.iter().map(|(_, v)| v).sum();
    println!("total = {}", total);
    for h in handles {
        h.join().unwrap();
    }

    // A late waiter sees the gate already open and does not block.
    let sh = Arc::clone(&shared);
    let late = thread::spawn(move || {
        sh.gate.wait();
        "late waiter passed"
    });
    println!("{}", late.join().unwrap());

    let failures = results.iter().filter(|(_, v)| v % 2 == 1).count();
    println!("odd results (treated as failures): {}", failures);
    if failures > 0 {
        eprintln!("exiting with failure count as status");
        std::process::exit(failures as i32);
    }
}
