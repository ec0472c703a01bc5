use std::sync::{Arc, Mutex};
use std::thread;

fn process(id: usize, items: &[i64]) -> i64 {
    items
        .iter()
        .map(|&x| {
            if x < 0 {
                panic!("worker {id}: negative input {x}");
            }
            x * x
        })
        .sum()
}

fn main() {
    let batches: Vec<Vec<i64>> = vec![vec![1, 2, 3], vec![4, 5], vec![6, -7, 8], vec![9]];
    let results = Arc::new(Mutex::new(Vec::new()));

    // Run the workers one after another so the output order is fixed.
    let mut failures = 0;
    for (id, batch) in batches.into_iter().enumerate() {
        let results = Arc::clone(&results);
        let handle = thread::spawn(move || {
            let sum = process(id, &batch);
            results.lock().unwrap().push((id, sum));
            sum
        });
        match handle.join() {
            Ok(sum) => println!("worker {id} finished with {sum}"),
            Err(payload) => {
                failures += 1;
                let msg = payload
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| payload.downcast_ref::<&str>().copied())
                    .unwrap_or("<unknown>");
                println!("worker {id} panicked: {msg}");
            }
        }
    }

    let poisoned = results.is_poisoned();
    let results = results.lock().unwrap();
    let total: i64 = results.iter().map(|(_, s)| s).sum();
    println!("{} ok, {failures} failed, total {total}", results.len());
    println!("mutex poisoned: {poisoned}");
    if failures > 0 {
        println!("exiting with code 3");
        std::process::exit(3);
    }
    println!("all good");
}
