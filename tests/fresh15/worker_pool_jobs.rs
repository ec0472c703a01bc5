use std::collections::BTreeMap;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

#[derive(Debug, Clone, PartialEq)]
enum JobOutput {
    Number(u64),
    Text(String),
    Pair(i32, i32),
}

type Job = Box<dyn FnOnce() -> JobOutput + Send + 'static>;

struct WorkerPool {
    sender: Option<Sender<(usize, Job)>>,
    workers: Vec<JoinHandle<usize>>,
    results: Receiver<(usize, JobOutput)>,
}

impl WorkerPool {
    fn new(size: usize) -> Self {
        let (job_tx, job_rx) = mpsc::channel::<(usize, Job)>();
        let (res_tx, res_rx) = mpsc::channel();
        let job_rx = Arc::new(Mutex::new(job_rx));
        let mut workers = Vec::with_capacity(size);
        for _ in 0..size {
            let rx = Arc::clone(&job_rx);
            let tx = res_tx.clone();
            workers.push(thread::spawn(move || {
                let mut done = 0usize;
                loop {
                    // The guard is a temporary: released before the job runs.
                    let msg = rx.lock().unwrap().recv();
                    match msg {
                        Ok((id, job)) => {
                            let out = job();
                            tx.send((id, out)).expect("result receiver alive");
                            done += 1;
                        }
                        Err(_) => break,
                    }
                }
                done
            }));
        }
        WorkerPool { sender: Some(job_tx), workers, results: res_rx }
    }

    fn submit<F>(&self, id: usize, f: F)
    where
        F: FnOnce() -> JobOutput + Send + 'static,
    {
        self.sender.as_ref().unwrap().send((id, Box::new(f))).unwrap();
    }

    fn shutdown(mut self) -> (usize, Vec<(usize, JobOutput)>) {
        drop(self.sender.take());
        let total: usize = self.workers.drain(..).map(|h| h.join().unwrap()).sum();
        let mut results: Vec<_> = self.results.try_iter().collect();
        results.sort_by_key(|(id, _)| *id);
        (total, results)
    }
}

fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    let pool = WorkerPool::new(4);
    let words = vec!["alpha", "beta", "gamma", "delta", "epsilon"];
    let mut next_id = 0;

    for n in [5u64, 10, 15, 20] {
        pool.submit(next_id, move || JobOutput::Number(factorial(n)));
        next_id += 1;
    }
    for (i, w) in words.iter().enumerate() {
        let owned = w.to_string();
        pool.submit(next_id, move || {
            let upper = owned.to_uppercase();
            JobOutput::Text(format!("{}:{}", i, upper.chars().rev().collect::<String>()))
        });
        next_id += 1;
    }
    let shared = Arc::new(vec![3i32, -7, 12, 0, 45, -2]);
    for k in 0..3 {
        let data = Arc::clone(&shared);
        pool.submit(next_id, move || {
            let min = data.iter().map(|x| x * (k + 1)).min().unwrap();
            let max = data.iter().map(|x| x * (k + 1)).max().unwrap();
            JobOutput::Pair(min, max)
        });
        next_id += 1;
    }

    let (executed, results) = pool.shutdown();
    println!("jobs submitted: {}, executed: {}", next_id, executed);
    println!("shared data strong count after pool: {}", Arc::strong_count(&shared));

    let mut by_kind: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (id, out) in &results {
        let kind = match out {
            JobOutput::Number(_) => "number",
            JobOutput::Text(_) => "text",
            JobOutput::Pair(..) => "pair",
        };
        by_kind.entry(kind).or_default().push(*id);
        match out {
            JobOutput::Number(n) => println!("job {:2} -> number {}", id, n),
            JobOutput::Text(s) => println!("job {:2} -> text {:?}", id, s),
            JobOutput::Pair(a, b) => println!("job {:2} -> pair ({}, {})", id, a, b),
        }
    }
    for (kind, ids) in &by_kind {
        println!("{:>6}: {:?}", kind, ids);
    }
    let number_sum: u64 = results
        .iter()
        .filter_map(|(_, o)| if let JobOutput::Number(n) = o { Some(*n % 1_000_007) } else { None })
        .sum();
    println!("number checksum: {}", number_sum);
    assert_eq!(results[4].1, JobOutput::Text("0:AHPLA".to_string()));
}
