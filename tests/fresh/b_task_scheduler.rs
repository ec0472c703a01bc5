use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low = 1,
    Normal = 2,
    High = 3,
    Critical = 4,
}

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: Priority,
    deadline: u32,
    seq: u32,
    name: String,
    cost: u32,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.deadline.cmp(&self.deadline))
            .then_with(|| other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<14} {:>8?} due {:>3} cost {}", self.name, self.priority, self.deadline, self.cost)
    }
}

struct Scheduler {
    queue: BinaryHeap<Task>,
    next_seq: u32,
    clock: u32,
}

impl Scheduler {
    fn new() -> Self {
        Scheduler { queue: BinaryHeap::new(), next_seq: 0, clock: 0 }
    }

    fn submit(&mut self, name: &str, priority: Priority, deadline: u32, cost: u32) {
        self.queue.push(Task { priority, deadline, seq: self.next_seq, name: name.to_owned(), cost });
        self.next_seq += 1;
    }

    fn run(&mut self) -> (Vec<String>, Vec<String>) {
        let mut done = Vec::new();
        let mut late = Vec::new();
        while let Some(task) = self.queue.pop() {
            self.clock += task.cost;
            println!("t={:>3} ran {}", self.clock, task);
            if self.clock > task.deadline {
                late.push(format!("{} (+{})", task.name, self.clock - task.deadline));
            }
            done.push(task.name);
        }
        (done, late)
    }
}

fn main() {
    let mut s = Scheduler::new();
    s.submit("backup", Priority::Low, 100, 20);
    s.submit("send-invoices", Priority::High, 30, 5);
    s.submit("fix-prod-bug", Priority::Critical, 10, 8);
    s.submit("write-docs", Priority::Normal, 50, 12);
    s.submit("code-review", Priority::High, 25, 4);
    s.submit("security-patch", Priority::Critical, 10, 6);
    s.submit("team-lunch", Priority::Normal, 50, 10);
    s.submit("refactor", Priority::Low, 60, 15);
    println!("queued: {}, peek: {}", s.queue.len(), s.queue.peek().map(|t| t.name.as_str()).unwrap_or("-"));
    let (done, late) = s.run();
    println!("order: {}", done.join(" > "));
    println!("late: {:?}", late);
    println!("Critical > High: {}, as int: {}", Priority::Critical > Priority::High, Priority::Normal as i32);
    let mut sorted = vec![Priority::Low, Priority::Critical, Priority::Normal, Priority::High];
    sorted.sort_by(|a, b| b.cmp(a));
    println!("{:?}", sorted);
}
