use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Priority { Low = 1, Normal = 5, High = 10 }

#[derive(Debug, Clone, PartialEq, Eq)]
struct Task {
    id: u32,
    name: String,
    priority: Priority,
    cost: u32,
    deadline: u32,
}

impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.deadline.cmp(&self.deadline))
            .then_with(|| other.id.cmp(&self.id))
    }
}
impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:<2} {:<10} {:<6} cost={:<2} due={:>3}", self.id, self.name, format!("{:?}", self.priority), self.cost, self.deadline)
    }
}

struct Scheduler {
    ready: BinaryHeap<Task>,
    clock: u32,
    budget: u32,
    done: Vec<(u32, Task)>,
    late: Vec<u32>,
}

impl Scheduler {
    fn submit(&mut self, t: Task) {
        println!("submit {}", t);
        self.ready.push(t);
    }

    fn run(&mut self) {
        while let Some(task) = self.ready.pop() {
            let Some(left) = self.budget.checked_sub(task.cost) else {
                println!("  budget {} too small for #{}, stopping", self.budget, task.id);
                self.ready.push(task);
                break;
            };
            self.budget = left;
            self.clock += task.cost;
            let tag = if self.clock > task.deadline { self.late.push(task.id); "LATE" } else { "ok" };
            println!("  t={:>3} finished {} [{}] budget left {}", self.clock, task, tag, self.budget);
            self.done.push((self.clock, task));
        }
    }
}

fn main() {
    let specs = [
        ("backup", Priority::Low, 20, 100), ("email", Priority::High, 3, 5),
        ("compile", Priority::Normal, 12, 30), ("deploy", Priority::High, 8, 25),
        ("lint", Priority::Normal, 4, 10), ("report", Priority::Low, 6, 40),
        ("hotfix", Priority::High, 5, 12), ("archive", Priority::Low, 30, 200),
    ];
    let mut s = Scheduler { ready: BinaryHeap::new(), clock: 0, budget: 70, done: vec![], late: vec![] };
    for (i, (name, p, cost, due)) in specs.iter().enumerate() {
        s.submit(Task { id: i as u32 + 1, name: name.to_string(), priority: *p, cost: *cost, deadline: *due });
    }
    s.run();
    println!("late tasks: {:?}", s.late);
    let leftover: Vec<String> = s.ready.clone().into_sorted_vec().iter().rev().map(|t| t.name.clone()).collect();
    println!("left in queue: {:?}", leftover);

    let mut by_prio: BTreeMap<Priority, Vec<u32>> = BTreeMap::new();
    for (_, t) in &s.done {
        by_prio.entry(t.priority).or_default().push(t.id);
    }
    for (p, ids) in by_prio.iter().rev() {
        println!("{:>6?} (weight {:>2}): {:?}", p, *p as i32, ids);
    }

    let mut finish_times: Vec<u32> = s.done.iter().map(|(t, _)| *t).collect();
    finish_times.sort_unstable();
    for probe in [20, 21, 60] {
        match finish_times.binary_search(&probe) {
            Ok(i) => println!("time {} is finish #{}", probe, i),
            Err(i) => println!("time {} not a finish time, would insert at {}", probe, i),
        }
    }
    let mut all: Vec<&Task> = s.done.iter().map(|(_, t)| t).collect();
    all.sort_by_key(|t| (t.deadline, t.id));
    let names: Vec<&str> = all.iter().map(|t| t.name.as_str()).collect();
    println!("by deadline: {}", names.join(" < "));
    let weighted: u32 = s.done.iter().map(|(_, t)| t.cost * t.priority as u32).sum();
    println!("weighted work = {}", weighted);
}
