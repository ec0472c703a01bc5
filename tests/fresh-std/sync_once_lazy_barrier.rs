use std::collections::HashMap;
use std::sync::{Arc, Barrier, LazyLock, Mutex, Once, OnceLock};
use std::thread;

static INIT: Once = Once::new();
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());
static CONFIG: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
static PRIMES: LazyLock<Vec<u32>> = LazyLock::new(|| {
    LOG.lock().unwrap().push("computing primes".to_string());
    (2..50).filter(|n| (2..*n).all(|d| n % d != 0)).collect()
});

fn setup() {
    INIT.call_once(|| {
        LOG.lock().unwrap().push("setup ran".to_string());
    });
}

fn config() -> &'static HashMap<&'static str, u32> {
    CONFIG.get_or_init(|| {
        LOG.lock().unwrap().push("config loaded".to_string());
        HashMap::from([("threads", 4), ("retries", 2)])
    })
}

fn main() {
    setup();
    setup();
    println!("once completed: {}", INIT.is_completed());
    println!("config get before: {:?}", CONFIG.get().is_some());
    println!("threads = {}, retries = {}", config()["threads"], config()["retries"]);
    println!("primes: {} of them, last {:?}", PRIMES.len(), PRIMES.last());
    println!("lazy again: {}", PRIMES[3]);
    println!("log: {:?}", LOG.lock().unwrap());

    // OnceLock set / get / take
    let mut cell: OnceLock<String> = OnceLock::new();
    println!("{:?} {:?}", cell, cell.set("first".into()));
    println!("{:?} {:?}", cell.set("second".into()), cell.get());
    println!("take {:?} then {:?}", cell.take(), cell.get());
    let cell2 = OnceLock::from(5);
    println!("{:?} {:?} {}", cell2.clone(), cell2.into_inner(), OnceLock::<u8>::new() == OnceLock::new());

    // a lazily built value owned by a local
    let lazy = LazyLock::new(|| "built".to_uppercase());
    println!("{:?}", LazyLock::get(&lazy));
    println!("{}", *lazy);
    println!("{:?}", lazy);

    // call_once_force after a panic poisoned the Once
    let once = Once::new();
    let r = std::panic::catch_unwind(|| once.call_once(|| panic!("init failed")));
    println!("first init failed: {}", r.is_err());
    once.call_once_force(|state| println!("forced, poisoned = {}", state.is_poisoned()));
    println!("completed now: {}", once.is_completed());

    // every worker waits at the barrier; exactly one is the leader
    let n = 4;
    let barrier = Arc::new(Barrier::new(n));
    let arrived = Arc::new(Mutex::new(0));
    let handles: Vec<_> = (0..n)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            let arrived = Arc::clone(&arrived);
            thread::spawn(move || {
                *arrived.lock().unwrap() += 1;
                let result = barrier.wait();
                let seen = *arrived.lock().unwrap();
                (result.is_leader(), seen)
            })
        })
        .collect();
    let results: Vec<(bool, i32)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("leaders: {}, all saw {:?}", results.iter().filter(|r| r.0).count(), results.iter().map(|r| r.1).collect::<Vec<_>>());
    println!("{:?}", barrier);

    // a Once poisoned and not forced panics again
    once_poisoned();
}

fn once_poisoned() {
    let once = Once::new();
    let _ = std::panic::catch_unwind(|| once.call_once(|| panic!("boom")));
    once.call_once(|| println!("never"));
}
