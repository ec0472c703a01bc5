use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::thread;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static MAX_DEPTH: Cell<u32> = const { Cell::new(0) };
    static LOG: RefCell<Vec<String>> = RefCell::new(Vec::new());
    static MEMO: RefCell<BTreeMap<u64, u64>> = RefCell::new(BTreeMap::new());
}

struct DepthGuard;

impl DepthGuard {
    fn enter() -> Self {
        let d = DEPTH.get() + 1;
        DEPTH.set(d);
        MAX_DEPTH.set(MAX_DEPTH.get().max(d));
        DepthGuard
    }
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        DEPTH.set(DEPTH.get() - 1);
    }
}

fn log(msg: impl Into<String>) {
    LOG.with_borrow_mut(|l| l.push(msg.into()));
}

fn collatz_len(n: u64) -> u64 {
    let _g = DepthGuard::enter();
    if n == 1 {
        return 1;
    }
    if let Some(v) = MEMO.with_borrow(|m| m.get(&n).copied()) {
        return v;
    }
    let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    let len = 1 + collatz_len(next);
    MEMO.with_borrow_mut(|m| m.insert(n, len));
    len
}

#[derive(Debug)]
struct Report {
    worker: usize,
    best: (u64, u64),
    memo_size: usize,
    max_depth: u32,
    log: Vec<String>,
}

fn main() {
    log("main started");
    let handles: Vec<thread::JoinHandle<Report>> = (0..4)
        .map(|w| {
            thread::spawn(move || {
                assert_eq!(DEPTH.get(), 0);
                assert!(LOG.with_borrow(|l| l.is_empty()), "fresh thread-local per thread");
                log(format!("worker {} begins", w));
                let start = 1 + w as u64 * 250;
                let mut best = (0, 0);
                for n in start..start + 250 {
                    let len = collatz_len(n);
                    if len > best.1 {
                        best = (n, len);
                    }
                }
                log(format!("worker {} best {:?}", w, best));
                Report {
                    worker: w,
                    best,
                    memo_size: MEMO.with_borrow(|m| m.len()),
                    max_depth: MAX_DEPTH.get(),
                    log: LOG.take(),
                }
            })
        })
        .collect();

    let mut reports: Vec<Report> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    reports.sort_by_key(|r| r.worker);
    for r in &reports {
        println!("worker {}: best n={} len={} memo={} max_depth={}", r.worker, r.best.0, r.best.1, r.memo_size, r.max_depth);
        for line in &r.log {
            println!("    log: {}", line);
        }
    }
    let overall = reports.iter().map(|r| r.best).max_by_key(|b| (b.1, std::cmp::Reverse(b.0))).unwrap();
    println!("overall best under 1000: n={} len={}", overall.0, overall.1);

    println!("main memo empty: {}", MEMO.with_borrow(|m| m.is_empty()));
    println!("main depth: {} max: {}", DEPTH.get(), MAX_DEPTH.get());
    let old = DEPTH.replace(42);
    println!("replaced depth {} -> {}", old, DEPTH.get());
    log("main finished");
    let main_log = LOG.with(|cell| cell.borrow().clone());
    println!("main log: {:?}", main_log);
    let r = collatz_len(27);
    println!("collatz_len(27) in main: {} (memo now {})", r, MEMO.with_borrow(|m| m.len()));
}
