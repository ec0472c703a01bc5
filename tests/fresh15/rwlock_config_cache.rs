use std::collections::HashMap;
use std::sync::{Arc, RwLock, TryLockError};
use std::thread;

#[derive(Debug, Clone)]
struct Config {
    version: u32,
    values: HashMap<String, i64>,
    checksum: i64,
}

impl Config {
    fn new() -> Self {
        let mut c = Config { version: 0, values: HashMap::new(), checksum: 0 };
        for (k, v) in [("timeout", 30), ("retries", 3), ("workers", 4)] {
            c.values.insert(k.to_string(), v);
        }
        c.recompute();
        c
    }

    fn recompute(&mut self) {
        self.checksum = self.values.values().sum::<i64>() + self.version as i64;
    }

    fn is_consistent(&self) -> bool {
        self.checksum == self.values.values().sum::<i64>() + self.version as i64
    }

    fn update(&mut self, key: &str, delta: i64) {
        *self.values.entry(key.to_string()).or_insert(0) += delta;
        self.version += 1;
        self.recompute();
    }
}

fn main() {
    let config = Arc::new(RwLock::new(Config::new()));

    let readers: Vec<thread::JoinHandle<(usize, usize)>> = (0..4)
        .map(|_| {
            let cfg = Arc::clone(&config);
            thread::spawn(move || {
                let mut consistent = 0;
                let mut last_version = 0;
                let mut monotonic = 0;
                for _ in 0..500 {
                    let guard = cfg.read().unwrap();
                    if guard.is_consistent() {
                        consistent += 1;
                    }
                    if guard.version >= last_version {
                        monotonic += 1;
                    }
                    last_version = guard.version;
                }
                (consistent, monotonic)
            })
        })
        .collect();

    let keys = ["timeout", "retries", "workers", "cache_mb"];
    let writers: Vec<thread::JoinHandle<u32>> = (0..3)
        .map(|w| {
            let cfg = Arc::clone(&config);
            thread::spawn(move || {
                let mut applied = 0;
                for i in 0..50 {
                    let key = keys[(w + i) % keys.len()];
                    let delta = if i % 2 == 0 { 2 } else { -1 };
                    cfg.write().unwrap().update(key, delta);
                    applied += 1;
                }
                applied
            })
        })
        .collect();

    let applied: u32 = writers.into_iter().map(|h| h.join().unwrap()).sum();
    let mut total_reads = 0;
    for h in readers {
        let (consistent, monotonic) = h.join().unwrap();
        assert_eq!(consistent, 500);
        assert_eq!(monotonic, 500);
        total_reads += consistent;
    }
    println!("writes applied: {}, consistent reads: {}", applied, total_reads);

    {
        let snapshot = config.read().unwrap();
        println!("final version: {}", snapshot.version);
        let mut entries: Vec<(&String, &i64)> = snapshot.values.iter().collect();
        entries.sort();
        for (k, v) in entries {
            println!("  {:<8} = {}", k, v);
        }
        println!("checksum {} consistent {}", snapshot.checksum, snapshot.is_consistent());
        match config.try_write() {
            Err(TryLockError::WouldBlock) => println!("try_write while reading: WouldBlock"),
            Err(TryLockError::Poisoned(_)) => println!("try_write: poisoned"),
            Ok(_) => println!("try_write: acquired?!"),
        }
    }

    {
        let mut w = config.write().unwrap();
        w.update("timeout", 100);
        let blocked = config.try_read().is_err();
        println!("try_read while writing blocked: {}", blocked);
    }

    let clone: Config = config.read().unwrap().clone();
    let owned = Arc::try_unwrap(config).expect("sole owner").into_inner().unwrap();
    println!("clone version {} == owned version {}: {}", clone.version, owned.version, clone.version == owned.version);
    println!("timeout now {}", owned.values["timeout"]);
}
