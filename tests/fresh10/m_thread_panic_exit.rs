use std::sync::{Arc, Mutex};
use std::thread;

struct Worker {
    id: u32,
}

impl Drop for Worker {
    fn drop(&mut self) {
        // runs on the worker thread; order is fixed because we join one at a time
        println!("worker {} cleaned up", self.id);
    }
}

fn parse_all(inputs: &[&str]) -> Vec<i64> {
    inputs.iter().map(|s| s.parse::<i64>().expect("bad number")).collect()
}

fn main() {
    let results = Arc::new(Mutex::new(Vec::new()));

    let good = {
        let r = Arc::clone(&results);
        thread::spawn(move || {
            let _w = Worker { id: 1 };
            let nums = parse_all(&["10", "20", "30"]);
            let sum: i64 = nums.iter().sum();
            r.lock().unwrap().push(sum);
            sum
        })
    };
    let good_sum = good.join();
    println!("good worker joined: {:?}", good_sum.as_ref().ok());

    let bad = {
        let r = Arc::clone(&results);
        thread::spawn(move || {
            let _w = Worker { id: 2 };
            let mut guard = r.lock().unwrap();
            guard.push(-1); // placeholder written before the failure
            let nums = parse_all(&["5", "six", "7"]); // panics while holding the lock
            guard.push(nums.iter().sum());
            0i64
        })
    };
    let outcome = bad.join();
    let mut exit_code = 0;
    match &outcome {
        Ok(v) => println!("bad worker returned {}", v),
        Err(payload) => {
            println!("thread panicked");
            if let Some(s) = payload.downcast_ref::<String>() {
                let first_line = s.lines().next().unwrap_or("");
                println!("payload (String): {}", first_line.split(':').next().unwrap_or(""));
            } else if let Some(s) = payload.downcast_ref::<&str>() {
                println!("payload (&str): {}", s);
            }
            exit_code = 2;
        }
    }
    println!("mutex poisoned? {}", results.is_poisoned());
    let data = results.lock().unwrap_or_else(|poisoned| {
        println!("recovering data from poisoned mutex");
        poisoned.into_inner()
    });
    println!("collected so far: {:?}", *data);
    drop(data);
    println!("Arc strong_count = {}", Arc::strong_count(&results));
    if exit_code != 0 {
        println!("exiting with code {}", exit_code);
        std::process::exit(exit_code);
    }
    println!("not reached");
}
