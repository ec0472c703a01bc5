use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, VecDeque};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low = 1,
    Normal = 2,
    High = 3,
    Critical = 4,
}

impl TryFrom<char> for Priority {
    type Error = String;
    fn try_from(c: char) -> Result<Self, String> {
        match c.to_ascii_uppercase() {
            'L' => Ok(Priority::Low),
            'N' => Ok(Priority::Normal),
            'H' => Ok(Priority::High),
            'C' => Ok(Priority::Critical),
            x => Err(format!("unknown priority {x}")),
        }
    }
}

#[derive(Debug, Clone, Eq)]
struct Task {
    id: u32,
    name: String,
    prio: Priority,
    cost: u32,
    arrival: u32,
}

impl PartialEq for Task {
    fn eq(&self, o: &Self) -> bool {
        self.id == o.id
    }
}

impl Ord for Task {
    // higher priority first, then earlier arrival, then smaller id
    fn cmp(&self, o: &Self) -> Ordering {
        self.prio
            .cmp(&o.prio)
            .then_with(|| o.arrival.cmp(&self.arrival))
            .then_with(|| o.id.cmp(&self.id))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:02} {:<10} {:<8} cost={:<2} t={}", self.id, self.name, format!("{:?}", self.prio), self.cost, self.arrival)
    }
}

const JOBS: &str = "
backup   L 5 0
compile  N 3 0
deploy   H 2 1
alert    C 1 2
lint     N 1 2
report   L 2 3
hotfix   C 2 3
index    N 4 5
";

fn main() {
    let tasks: Vec<Task> = JOBS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Task {
                id: i as u32 + 1,
                name: f[0].to_string(),
                prio: Priority::try_from(f[1].chars().next().unwrap()).unwrap(),
                cost: f[2].parse().unwrap(),
                arrival: f[3].parse().unwrap(),
            }
        })
        .collect();
    let mut pending: VecDeque<Task> = tasks.iter().cloned().collect();
    let mut ready: BinaryHeap<Task> = BinaryHeap::new();
    let mut time = 0u32;
    let mut finished: Vec<(u32, u32)> = Vec::new();
    while !pending.is_empty() || !ready.is_empty() {
        while pending.front().is_some_and(|t| t.arrival <= time) {
            ready.push(pending.pop_front().unwrap());
        }
        match ready.pop() {
            Some(t) => {
                println!("t={:>2} run {}", time, t);
                time += t.cost;
                finished.push((t.id, time - t.arrival));
            }
            None => time = pending.front().map(|t| t.arrival).unwrap_or(time),
        }
    }
    let avg = finished.iter().map(|&(_, w)| w).sum::<u32>() as f64 / finished.len() as f64;
    println!("all done at t={} avg turnaround {:.3}", time, avg);

    let mut shortest: BinaryHeap<Reverse<(u32, u32)>> = tasks.iter().map(|t| Reverse((t.cost, t.id))).collect();
    let order: Vec<u32> = std::iter::from_fn(|| shortest.pop().map(|Reverse((_, id))| id)).collect();
    println!("shortest-job order: {:?}", order);
    let crit = tasks.iter().filter(|t| matches!(t.prio, Priority::High | Priority::Critical)).count();
    println!("urgent tasks: {crit}, max prio {:?} = {}", tasks.iter().max().map(|t| &t.name), Priority::Critical as i32);
    println!("bad priority: {:?}", Priority::try_from('z'));
}
