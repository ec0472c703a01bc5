use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};
use std::thread;

#[derive(Debug)]
struct AppConfig {
    name: String,
    shards: usize,
    weights: Vec<u32>,
}

static CONFIG: OnceLock<AppConfig> = OnceLock::new();
static CONFIG_INITS: AtomicUsize = AtomicUsize::new(0);

static PRIMES: LazyLock<Vec<u32>> = LazyLock::new(|| {
    PRIME_INITS.fetch_add(1, Ordering::SeqCst);
    let mut primes = Vec::new();
    let mut n = 2u32;
    while primes.len() < 50 {
        if primes.iter().take_while(|p| *p * *p <= n).all(|p| n % p != 0) {
            primes.push(n);
        }
        n += 1;
    }
    primes
});
static PRIME_INITS: AtomicUsize = AtomicUsize::new(0);

static REGISTRY: LazyLock<Mutex<HashMap<&'static str, usize>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

static BROKEN: LazyLock<u32> = LazyLock::new(|| {
    let text = "not-a-number";
    text.parse::<u32>().expect("BROKEN lazy value failed to parse")
});

fn config() -> &'static AppConfig {
    CONFIG.get_or_init(|| {
        CONFIG_INITS.fetch_add(1, Ordering::SeqCst);
        AppConfig { name: "registry".to_string(), shards: 4, weights: vec![3, 1, 4, 1, 5] }
    })
}

struct Document {
    text: String,
    word_count: OnceLock<usize>,
    computed_by_count: AtomicUsize,
}

impl Document {
    fn words(&self) -> usize {
        *self.word_count.get_or_init(|| {
            self.computed_by_count.fetch_add(1, Ordering::SeqCst);
            self.text.split_whitespace().count()
        })
    }
}

fn main() {
    println!("config set before threads: {}", CONFIG.get().is_some());
    let doc = Arc::new(Document {
        text: "the quick brown fox jumps over the lazy dog again and again".to_string(),
        word_count: OnceLock::new(),
        computed_by_count: AtomicUsize::new(0),
    });

    let handles: Vec<thread::JoinHandle<(usize, u64)>> = (0..8)
        .map(|i| {
            let d = Arc::clone(&doc);
            thread::spawn(move || {
                let cfg = config();
                let shard = i % cfg.shards;
                let prime = PRIMES[i * 5] as u64;
                let w = cfg.weights[i % cfg.weights.len()] as u64;
                *REGISTRY.lock().unwrap().entry(if shard % 2 == 0 { "even" } else { "odd" }).or_insert(0) += 1;
                (d.words(), prime * w)
            })
        })
        .collect();

    let results: Vec<(usize, u64)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("word counts seen: {:?}", results.iter().map(|r| r.0).collect::<Vec<_>>());
    println!("weighted primes: {:?}", results.iter().map(|r| r.1).collect::<Vec<_>>());
    println!("config: {} shards={} inits={}", config().name, config().shards, CONFIG_INITS.load(Ordering::SeqCst));
    println!("prime inits: {}, 50th prime: {}", PRIME_INITS.load(Ordering::SeqCst), PRIMES.last().unwrap());
    println!("document word count computed {} time(s)", doc.computed_by_count.load(Ordering::SeqCst));

    let mut reg: Vec<(&str, usize)> = REGISTRY.lock().unwrap().iter().map(|(k, v)| (*k, *v)).collect();
    reg.sort();
    println!("registry: {:?}", reg);

    let second = AppConfig { name: "other".into(), shards: 1, weights: vec![] };
    match CONFIG.set(second) {
        Ok(()) => println!("second set succeeded?!"),
        Err(rejected) => println!("second set rejected, returned config named {:?}", rejected.name),
    }

    let mut local: OnceLock<String> = OnceLock::new();
    println!("local get before init: {:?}", local.get());
    local.get_or_init(|| "first".to_string());
    if let Some(s) = local.get_mut() {
        s.push_str("+mutated");
    }
    println!("local take: {:?}, after take: {:?}", local.take(), local.get());

    std::panic::set_hook(Box::new(|_| {}));
    let attempt = thread::spawn(|| *BROKEN + 1).join();
    println!("thread touching BROKEN failed: {}", attempt.is_err());
    let _ = std::panic::take_hook();
    println!("main now touches BROKEN; this panics deterministically");
    let value = *BROKEN;
    println!("unreachable: {}", value);
}
