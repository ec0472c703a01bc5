use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Job { priority: u8, seq: u32, name: String, cost: u32 }

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}

#[derive(Default)]
struct Scheduler { queue: BinaryHeap<Job>, seq: u32, clock: u32, finished: Vec<(String, u32)> }

impl Scheduler {
    fn submit(&mut self, name: &str, priority: u8, cost: u32) {
        self.seq += 1;
        self.queue.push(Job { priority, seq: self.seq, name: name.to_string(), cost });
    }
    fn run(&mut self, quantum: u32, mut on_done: impl FnMut(&Job, u32)) {
        while let Some(mut job) = self.queue.pop() {
            let slice = job.cost.min(quantum);
            self.clock += slice;
            job.cost -= slice;
            if job.cost == 0 {
                on_done(&job, self.clock);
                self.finished.push((job.name.clone(), self.clock));
            } else {
                println!("  t={:>3} preempt {:<8} (p{}) remaining {}", self.clock, job.name, job.priority, job.cost);
                job.priority = job.priority.saturating_sub(1);
                self.seq += 1;
                job.seq = self.seq;
                self.queue.push(job);
            }
        }
    }
}

fn k_smallest(values: &[i32], k: usize) -> Vec<i32> {
    let mut heap: BinaryHeap<i32> = BinaryHeap::new();
    for &v in values {
        heap.push(v);
        if heap.len() > k { heap.pop(); }
    }
    heap.into_sorted_vec()
}

fn merge_sorted(lists: &[Vec<u32>]) -> Vec<u32> {
    let mut heap = BinaryHeap::new();
    for (i, l) in lists.iter().enumerate() {
        if let Some(&first) = l.first() { heap.push(Reverse((first, i, 0usize))); }
    }
    let mut out = Vec::new();
    while let Some(Reverse((v, i, j))) = heap.pop() {
        out.push(v);
        if let Some(&next) = lists[i].get(j + 1) { heap.push(Reverse((next, i, j + 1))); }
    }
    out
}

fn main() {
    let mut s = Scheduler::default();
    s.submit("backup", 1, 12);
    s.submit("email", 5, 3);
    s.submit("compile", 3, 9);
    s.submit("alert", 9, 1);
    s.submit("index", 3, 4);
    s.submit("report", 5, 6);
    println!("queued {} jobs; peek = {:?}", s.queue.len(), s.queue.peek().map(|j| &j.name));
    let mut done_count = 0;
    let mut wait_by_name: HashMap<String, u32> = HashMap::new();
    s.run(4, |job, t| {
        done_count += 1;
        wait_by_name.insert(job.name.clone(), t);
        println!("  t={:>3} done    {:<8} #{}", t, job.name, done_count);
    });
    println!("completed {} jobs at clock {}", done_count, s.clock);
    let order: Vec<&str> = s.finished.iter().map(|(n, _)| n.as_str()).collect();
    println!("finish order: {:?}", order);
    let avg = s.finished.iter().map(|(_, t)| *t as f64).sum::<f64>() / s.finished.len() as f64;
    println!("average completion time {:.2}", avg);
    println!("backup finished at {:?}, missing job {:?}", wait_by_name.get("backup"), wait_by_name.get("nope"));
    println!("3 smallest: {:?}", k_smallest(&[42, 7, 19, -3, 88, 7, 0, 15], 3));
    println!("merged: {:?}", merge_sorted(&[vec![1, 4, 9], vec![2, 3, 10, 11], vec![], vec![0, 5]]));
    let mut mins: BinaryHeap<Reverse<(u8, &str)>> = [(3, "c"), (1, "a"), (2, "b")].into_iter().map(Reverse).collect();
    while let Some(Reverse((p, n))) = mins.pop() { print!("{}{} ", n, p); }
    println!();
    let a = Job { priority: 2, seq: 1, name: "x".into(), cost: 0 };
    let b = Job { priority: 2, seq: 2, ..a.clone() };
    println!("a > b (earlier seq wins): {}", a > b);
}
