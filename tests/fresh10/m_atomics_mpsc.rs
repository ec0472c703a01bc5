use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;

static TASKS_DONE: AtomicUsize = AtomicUsize::new(0);

#[derive(Debug)]
enum Msg {
    Result { worker: u32, value: u64 },
    Log(String),
}

fn main() {
    println!("-- AtomicUsize fetch_add --");
    let hits = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let h = Arc::clone(&hits);
            thread::spawn(move || {
                for _ in 0..250 {
                    h.fetch_add(1, Ordering::Relaxed);
                }
                TASKS_DONE.fetch_add(1, Ordering::SeqCst)
            })
        })
        .collect();
    let mut tickets: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    tickets.sort();
    println!("hits={} tickets={:?}", hits.load(Ordering::SeqCst), tickets);
    let prev = hits.swap(0, Ordering::SeqCst);
    println!("swap returned {}, now {}", prev, hits.load(Ordering::SeqCst));
    let cas = hits.compare_exchange(0, 42, Ordering::SeqCst, Ordering::SeqCst);
    let cas_fail = hits.compare_exchange(0, 7, Ordering::SeqCst, Ordering::SeqCst);
    println!("cas ok={:?} cas fail={:?}", cas, cas_fail);

    println!("-- AtomicBool as a once-flag --");
    let started = Arc::new(AtomicBool::new(false));
    let winners: Vec<bool> = (0..5)
        .map(|_| {
            let s = Arc::clone(&started);
            thread::spawn(move || !s.swap(true, Ordering::SeqCst))
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().unwrap())
        .collect();
    println!("exactly one winner: {}", winners.iter().filter(|&&w| w).count() == 1);
    println!("flag now {}", started.load(Ordering::SeqCst));

    println!("-- mpsc with several producers --");
    let (tx, rx) = mpsc::channel::<Msg>();
    let mut producers = Vec::new();
    for w in 0..3u32 {
        let tx = tx.clone();
        producers.push(thread::spawn(move || {
            tx.send(Msg::Log(format!("worker {} starting", w))).unwrap();
            for k in 1..=3u64 {
                tx.send(Msg::Result { worker: w, value: (w as u64 + 1) * k * 10 }).unwrap();
            }
        }));
    }
    drop(tx); // otherwise rx never finishes
    for p in producers {
        p.join().unwrap();
    }
    let mut results = Vec::new();
    let mut logs = Vec::new();
    for m in rx {
        match m {
            Msg::Result { worker, value } => results.push((worker, value)),
            Msg::Log(s) => logs.push(s),
        }
    }
    results.sort();
    logs.sort();
    println!("logs: {:?}", logs);
    for (w, v) in &results {
        println!("  worker {} -> {}", w, v);
    }
    let total: u64 = results.iter().map(|(_, v)| v).sum();
    println!("received {} results, total {}", results.len(), total);

    println!("-- sync_channel with bound 1 --");
    let (stx, srx) = mpsc::sync_channel::<Vec<u8>>(1);
    let prod = thread::spawn(move || {
        for n in 1..=4u8 {
            stx.send(vec![n; n as usize]).unwrap();
        }
    });
    let got: Vec<Vec<u8>> = srx.iter().collect();
    prod.join().unwrap();
    println!("sync received {:?}", got);
    println!("try_recv on closed channel: {:?}", srx.try_recv());
    println!("TASKS_DONE = {}", TASKS_DONE.load(Ordering::SeqCst));
}
