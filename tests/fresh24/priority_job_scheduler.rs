use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Priority {
    Low = 1,
    Normal = 2,
    High = 3,
    Critical = 4,
}

#[derive(Debug, PartialEq, Eq)]
struct Job {
    id: u32,
    name: String,
    priority: Priority,
    submitted: u32,
    duration: u32,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.submitted.cmp(&self.submitted))
            .then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Scheduler {
    ready: BinaryHeap<Job>,
    pending: BinaryHeap<Reverse<(u32, u32)>>,
    waiting: HashMap<u32, Job>,
    clock: u32,
}

impl Scheduler {
    fn submit(&mut self, job: Job) {
        if job.submitted <= self.clock {
            self.ready.push(job);
        } else {
            self.pending.push(Reverse((job.submitted, job.id)));
            self.waiting.insert(job.id, job);
        }
    }

    fn release_arrivals(&mut self) {
        while let Some(&Reverse((t, id))) = self.pending.peek() {
            if t > self.clock {
                break;
            }
            self.pending.pop();
            let job = self.waiting.remove(&id).expect("waiting job must exist");
            self.ready.push(job);
        }
    }

    fn run(&mut self) -> Vec<(u32, u32, u32)> {
        let mut done = Vec::new();
        loop {
            self.release_arrivals();
            let Some(job) = self.ready.pop() else {
                match self.pending.peek() {
                    Some(Reverse((t, _))) => {
                        println!("  [t={:>3}] idle until {}", self.clock, t);
                        self.clock = *t;
                        continue;
                    }
                    None => break,
                }
            };
            println!(
                "  [t={:>3}] run #{:<2} {:<10} {:<8} for {:>2}",
                self.clock,
                job.id,
                job.name,
                format!("{:?}", job.priority),
                job.duration
            );
            let start = self.clock;
            self.clock += job.duration;
            done.push((job.id, start - job.submitted, self.clock));
        }
        done
    }
}

fn main() {
    let specs = [
        ("backup", Priority::Low, 0, 8),
        ("email", Priority::Normal, 0, 3),
        ("pager", Priority::Critical, 5, 2),
        ("report", Priority::High, 2, 6),
        ("index", Priority::Normal, 2, 4),
        ("cleanup", Priority::Low, 40, 1),
        ("deploy", Priority::High, 9, 5),
    ];
    let mut s = Scheduler { ready: BinaryHeap::new(), pending: BinaryHeap::new(), waiting: HashMap::new(), clock: 0 };
    for (i, &(name, priority, submitted, duration)) in specs.iter().enumerate() {
        s.submit(Job { id: i as u32 + 1, name: name.to_string(), priority, submitted, duration });
    }
    let done = s.run();
    println!("{:>4} {:>6} {:>8}", "job", "wait", "finish");
    for (id, wait, fin) in &done {
        println!("{:>4} {:>6} {:>8}", id, wait, fin);
    }
    let total_wait: u32 = done.iter().map(|d| d.1).sum();
    println!("avg wait {:.2}", total_wait as f64 / done.len() as f64);
    let worst = done.iter().max_by_key(|d| d.1).unwrap();
    println!("worst wait: job {} waited {}", worst.0, worst.1);
    let mut by_prio: Vec<(Priority, u32)> = specs.iter().map(|s| (s.1, s.3)).collect();
    by_prio.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    println!("{:?}", by_prio);
    println!("critical as int = {}", Priority::Critical as i32);
}
