use std::any::Any;
use std::panic;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug, Clone, PartialEq)]
struct TaskFailure {
    task_id: u32,
    reason: String,
}

fn process(task_id: u32, input: &[i32]) -> i32 {
    if input.is_empty() {
        panic::panic_any(TaskFailure { task_id, reason: "empty input".into() });
    }
    let divisor = input.iter().filter(|x| **x < 0).count() as i32;
    if divisor == 0 && task_id % 4 == 3 {
        panic!("task {} found no negative values", task_id);
    }
    input.iter().sum::<i32>() / divisor.max(1)
}

fn describe(payload: &(dyn Any + Send)) -> String {
    if let Some(f) = payload.downcast_ref::<TaskFailure>() {
        format!("TaskFailure(task={}, reason={})", f.task_id, f.reason)
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("message: {}", s)
    } else if let Some(s) = payload.downcast_ref::<&'static str>() {
        format!("static message: {}", s)
    } else {
        "unknown payload".to_string()
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {})); // suppress default reports; we describe payloads ourselves
    let inputs: Vec<Vec<i32>> = vec![
        vec![5, -1, 7],
        vec![10, 20],
        vec![],
        vec![1, 2, 3],
        vec![-4, -4, 16],
        vec![3, 3, -3],
    ];
    let completed = Arc::new(Mutex::new(Vec::new()));
    let (fail_tx, fail_rx) = mpsc::channel::<u32>();

    let handles: Vec<(u32, thread::JoinHandle<i32>)> = inputs
        .into_iter()
        .enumerate()
        .map(|(i, input)| {
            let id = i as u32;
            let completed = Arc::clone(&completed);
            let fail_tx = fail_tx.clone();
            let h = thread::spawn(move || {
                struct ReportOnUnwind(u32, mpsc::Sender<u32>);
                impl Drop for ReportOnUnwind {
                    fn drop(&mut self) {
                        if thread::panicking() {
                            let _ = self.1.send(self.0);
                        }
                    }
                }
                let _guard = ReportOnUnwind(id, fail_tx);
                let v = process(id, &input);
                completed.lock().unwrap().push((id, v));
                v
            });
            (id, h)
        })
        .collect();
    drop(fail_tx);

    let mut payloads: Vec<(u32, Box<dyn Any + Send>)> = Vec::new();
    for (id, h) in handles {
        match h.join() {
            Ok(v) => println!("task {} ok -> {}", id, v),
            Err(p) => {
                println!("task {} failed: {}", id, describe(&*p));
                payloads.push((id, p));
            }
        }
    }
    let mut unwound: Vec<u32> = fail_rx.iter().collect();
    unwound.sort();
    println!("drop guards reported unwinding for: {:?}", unwound);
    let mut done = completed.lock().unwrap().clone();
    done.sort();
    println!("completed: {:?}", done);
    println!("success total: {}", done.iter().map(|(_, v)| v).sum::<i32>());

    let recaught = panic::catch_unwind(|| process(7, &[1, 1]));
    println!("catch_unwind in main: {}", recaught.as_ref().map_err(|p| describe(&**p)).unwrap_err());

    if let Some((id, payload)) = payloads.into_iter().find(|(_, p)| p.is::<TaskFailure>()) {
        println!("re-raising the structured failure from task {} in main", id);
        panic::resume_unwind(payload);
    }
    println!("not reached");
}
