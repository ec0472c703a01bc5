use std::fmt::Debug;
use std::marker::PhantomData;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn assert_send<T: Send>() {}
fn assert_sync<T: Sync>() {}

/// Run a closure on a fresh thread and return its value.
fn run<T, F>(f: F) -> T
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    thread::spawn(f).join().expect("task panicked")
}

/// Parallel map over a borrowed slice using scoped threads; preserves order.
fn par_map<T, R, F>(items: &[T], workers: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let chunk = items.len().div_ceil(workers.max(1)).max(1);
    thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    })
}

/// Send a clone of `value` to `n` threads and collect what each derives from it.
fn broadcast<T, R>(value: T, n: usize, derive: fn(usize, &T) -> R) -> Vec<R>
where
    T: Clone + Send + 'static,
    R: Send + Debug + 'static,
{
    let (tx, rx) = mpsc::channel();
    for i in 0..n {
        let v = value.clone();
        let tx = tx.clone();
        thread::spawn(move || tx.send((i, derive(i, &v))).unwrap());
    }
    drop(tx);
    let mut out: Vec<(usize, R)> = rx.iter().collect();
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, r)| r).collect()
}

trait Task: Send {
    fn name(&self) -> String;
    fn execute(&mut self) -> u64;
}

struct SumTask(Vec<u64>);
struct PowTask { base: u64, exp: u32 }

impl Task for SumTask {
    fn name(&self) -> String { format!("sum{:?}", self.0) }
    fn execute(&mut self) -> u64 { self.0.drain(..).sum() }
}

impl Task for PowTask {
    fn name(&self) -> String { format!("pow({},{})", self.base, self.exp) }
    fn execute(&mut self) -> u64 { self.base.pow(self.exp) }
}

struct Tagged<T> {
    id: u32,
    _marker: PhantomData<T>,
}

fn run_tasks(tasks: Vec<Box<dyn Task>>) -> Vec<(String, u64)> {
    let results = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = tasks
        .into_iter()
        .map(|mut t| {
            let results = Arc::clone(&results);
            thread::spawn(move || {
                let name = t.name();
                let v = t.execute();
                results.lock().unwrap().push((name, v));
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut v = Arc::try_unwrap(results).unwrap().into_inner().unwrap();
    v.sort();
    v
}

fn main() {
    assert_send::<Arc<Mutex<Vec<String>>>>();
    assert_sync::<Mutex<std::cell::Cell<u8>>>();
    assert_send::<Box<dyn Task>>();
    assert_send::<Tagged<String>>();
    let t: Tagged<u8> = Tagged { id: 7, _marker: PhantomData };
    println!("tagged id moved to thread: {}", run(move || t.id * 6));

    let text = run(|| "computed elsewhere".to_uppercase());
    println!("run returned: {}", text);

    let words = vec!["send", "sync", "static", "scope", "spawn", "join", "arc"];
    let lengths = par_map(&words, 3, |w| (w.len(), w.chars().rev().collect::<String>()));
    println!("par_map: {:?}", lengths);
    let squares = par_map(&(1..=10).collect::<Vec<u64>>(), 4, |x| x * x);
    println!("squares: {:?}", squares);

    let derived = broadcast(vec![2u32, 3, 5, 7], 4, |i, v| v.iter().map(|x| x.pow(i as u32)).sum::<u32>());
    println!("broadcast power sums: {:?}", derived);

    let tasks: Vec<Box<dyn Task>> = vec![
        Box::new(SumTask(vec![1, 2, 3, 4])),
        Box::new(PowTask { base: 3, exp: 5 }),
        Box::new(SumTask((10..20).collect())),
        Box::new(PowTask { base: 2, exp: 20 }),
    ];
    for (name, v) in run_tasks(tasks) {
        println!("task {:<40} => {}", name, v);
    }
}
