use std::collections::BTreeMap;
use std::io;
use std::sync::{Arc, Mutex};
use std::thread::{self, Builder, JoinHandle};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Sighting {
    thread_name: String,
    role: String,
    work: u64,
}

fn current_name() -> String {
    thread::current().name().unwrap_or("<unnamed>").to_string()
}

fn spawn_named<F, T>(name: String, f: F) -> io::Result<JoinHandle<T>>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    Builder::new().name(name).stack_size(256 * 1024).spawn(f)
}

fn main() {
    println!("main thread name: {}", current_name());
    let sightings = Arc::new(Mutex::new(Vec::new()));

    let mut handles = Vec::new();
    for (i, role) in ["parser", "indexer", "writer", "checker"].iter().enumerate() {
        let log = Arc::clone(&sightings);
        let role = role.to_string();
        let handle = spawn_named(format!("{}-{}", role, i), move || {
            let name = current_name();
            let work: u64 = (1..=(i as u64 + 1) * 10).sum();
            log.lock().unwrap().push(Sighting { thread_name: name.clone(), role, work });
            name.len()
        })
        .expect("failed to spawn");
        println!("spawned handle for {:?}", handle.thread().name());
        handles.push(handle);
    }
    let name_lengths: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("name lengths: {:?}", name_lengths);

    let anonymous = thread::spawn(current_name).join().unwrap();
    println!("plain spawn thread name: {}", anonymous);

    let failing = Builder::new()
        .name("doomed".into())
        .spawn(|| -> u32 {
            let name = current_name();
            if name == "doomed" {
                panic!("thread {} gave up", name);
            }
            7
        })
        .unwrap();
    let outcome = failing.join();
    let message = outcome
        .as_ref()
        .err()
        .and_then(|e| e.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    println!("doomed thread result ok={} message={:?}", outcome.is_ok(), message);

    let data = vec![4u64, 8, 15, 16, 23, 42];
    let scoped: BTreeMap<String, u64> = thread::scope(|s| {
        let hs: Vec<_> = data
            .chunks(2)
            .enumerate()
            .map(|(i, chunk)| {
                Builder::new()
                    .name(format!("scoped-{}", i))
                    .spawn_scoped(s, move || (current_name(), chunk.iter().product::<u64>()))
                    .unwrap()
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (name, product) in &scoped {
        println!("{} -> {}", name, product);
    }

    let mut all = sightings.lock().unwrap().clone();
    all.sort();
    let mut by_role: BTreeMap<&str, (&str, u64)> = BTreeMap::new();
    for s in &all {
        by_role.insert(&s.role, (&s.thread_name, s.work));
    }
    for (role, (name, work)) in &by_role {
        println!("role {:<8} ran on {:<10} work={}", role, name, work);
    }
    println!("total work: {}", all.iter().map(|s| s.work).sum::<u64>());
}
