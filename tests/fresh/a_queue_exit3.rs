// Task scheduler with VecDeque; exits with code 3 when a task exceeds its retry budget.
use std::collections::VecDeque;
use std::process;

#[derive(Debug)]
struct Task {
    name: String,
    work: u32,
    retries: u8,
}

fn run_slice(task: &mut Task, quantum: u32, tick: u32) -> Result<bool, String> {
    if task.name.starts_with("flaky") && tick % 3 != 0 {
        task.retries += 1;
        if task.retries > 2 {
            return Err(format!("{} failed {} times", task.name, task.retries));
        }
        return Ok(false);
    }
    task.work = task.work.saturating_sub(quantum);
    Ok(task.work == 0)
}

fn main() {
    let mut queue: VecDeque<Task> = ["build:5", "flaky-net:4", "lint:2", "test:7"]
        .iter()
        .map(|spec| {
            let (name, work) = spec.split_once(':').expect("spec has a colon");
            Task { name: name.to_string(), work: work.parse().unwrap(), retries: 0 }
        })
        .collect();
    println!("queued: {:?}", queue.iter().map(|t| t.name.as_str()).collect::<Vec<_>>());

    let mut tick = 0;
    let mut finished: Vec<String> = Vec::new();
    while let Some(mut task) = queue.pop_front() {
        tick += 1;
        match run_slice(&mut task, 2, tick) {
            Ok(true) => {
                println!("[{:>2}] {:<10} done", tick, task.name);
                finished.push(task.name);
            }
            Ok(false) => {
                println!("[{:>2}] {:<10} {} left, retries {}", tick, task.name, task.work, task.retries);
                if task.work > 4 {
                    queue.push_back(task);
                } else {
                    queue.push_front(task);
                }
            }
            Err(msg) => {
                eprintln!("fatal: {}", msg);
                println!("finished before failure: {}", finished.join(", "));
                println!("still queued: {}", queue.len());
                process::exit(3);
            }
        }
    }
    println!("all tasks finished: {:?}", finished);
}
