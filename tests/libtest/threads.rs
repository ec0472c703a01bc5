// A shared counter and a parallel sum, tested with threads, Arc, Mutex and channels inside the tests.
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

pub fn parallel_sum(data: Vec<u64>, parts: usize) -> u64 {
    let chunk = (data.len() + parts - 1) / parts;
    let data = Arc::new(data);
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for i in 0..parts {
        let data = Arc::clone(&data);
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let end = ((i + 1) * chunk).min(data.len());
            let s: u64 = data[i * chunk..end].iter().sum();
            tx.send(s).unwrap();
        }));
    }
    drop(tx);
    for h in handles {
        h.join().unwrap();
    }
    rx.iter().sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_in_four_parts() {
        let data: Vec<u64> = (1..=100).collect();
        assert_eq!(parallel_sum(data, 4), 5050);
    }

    #[test]
    fn counter_with_mutex() {
        let counter = Arc::new(Mutex::new(0));
        let handles: Vec<_> = (0..5)
            .map(|_| {
                let c = Arc::clone(&counter);
                thread::spawn(move || {
                    for _ in 0..10 {
                        *c.lock().unwrap() += 1;
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(*counter.lock().unwrap(), 50);
    }

    #[test]
    fn thread_name_is_test_name() {
        let name = thread::current().name().map(|s| s.to_string());
        assert_eq!(name.as_deref(), Some("tests::thread_name_is_test_name"));
    }

    #[test]
    fn worker_panics() {
        let h = thread::spawn(|| {
            let v: Vec<i32> = Vec::new();
            v[0]
        });
        let r = h.join();
        assert!(r.is_err());
        let again = thread::spawn(|| 7).join().unwrap();
        assert_eq!(again, 8);
    }
}
