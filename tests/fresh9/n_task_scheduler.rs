use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, VecDeque, BTreeMap};
use std::fmt;

trait Job {
    fn name(&self) -> &str;
    fn cost(&self) -> u32;
    fn run(&mut self, tick: u32) -> Option<String>;
    fn describe(&self) -> String {
        format!("{}(cost={})", self.name(), self.cost())
    }
}

struct Countdown { label: String, left: u32 }
struct Echo { label: String, msgs: VecDeque<&'static str> }

impl Job for Countdown {
    fn name(&self) -> &str { &self.label }
    fn cost(&self) -> u32 { self.left }
    fn run(&mut self, tick: u32) -> Option<String> {
        self.left = self.left.saturating_sub(2);
        if self.left == 0 { None } else { Some(format!("t{tick}: {} has {} left", self.label, self.left)) }
    }
}

impl Job for Echo {
    fn name(&self) -> &str { &self.label }
    fn cost(&self) -> u32 { self.msgs.len() as u32 }
    fn run(&mut self, tick: u32) -> Option<String> {
        self.msgs.pop_front().map(|m| format!("t{tick}: {} says {m:?}", self.label))
    }
    fn describe(&self) -> String {
        format!("Echo<{}>[{}]", self.label, self.msgs.len())
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Deadline { due: u32, id: usize }

impl Ord for Deadline {
    fn cmp(&self, other: &Self) -> Ordering {
        other.due.cmp(&self.due).then_with(|| other.id.cmp(&self.id))
    }
}
impl PartialOrd for Deadline {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:02}@{:<3}", self.id, self.due)
    }
}

fn main() {
    let mut jobs: Vec<Box<dyn Job>> = vec![
        Box::new(Countdown { label: "build".into(), left: 5 }),
        Box::new(Echo { label: "log".into(), msgs: VecDeque::from(vec!["start", "mid", "end"]) }),
        Box::new(Countdown { label: "test".into(), left: 3 }),
    ];
    for j in jobs.iter() { println!("registered {}", j.describe()); }

    // round-robin with a queue of indices
    let mut queue: VecDeque<usize> = (0..jobs.len()).collect();
    let mut tick = 0;
    let mut finished = Vec::new();
    while let Some(idx) = queue.pop_front() {
        tick += 1;
        match jobs[idx].run(tick) {
            Some(line) => { println!("{line}"); queue.push_back(idx); }
            None => { println!("t{tick}: {} finished", jobs[idx].name()); finished.push((tick, idx)); }
        }
    }
    let order: Vec<&str> = finished.iter().map(|&(_, i)| jobs[i].name()).collect();
    println!("finish order: {}", order.join(" -> "));

    // min-heap via Reverse of tuples
    let mut heap = BinaryHeap::new();
    for (prio, name) in [(3, "email"), (1, "deploy"), (2, "review"), (1, "backup"), (5, "lunch")] {
        heap.push(Reverse((prio, name)));
    }
    print!("by priority:");
    while let Some(Reverse((p, n))) = heap.pop() { print!(" {n}[{p}]"); }
    println!();

    // earliest-deadline-first using custom Ord
    let mut edf: BinaryHeap<Deadline> = [(40, 1), (15, 2), (40, 0), (7, 3)]
        .into_iter().map(|(due, id)| Deadline { due, id }).collect();
    println!("peek = {}", edf.peek().unwrap());
    let mut slots: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    while let Some(d) = edf.pop() {
        println!("  run {d}|");
        slots.entry(d.due).or_insert_with(Vec::new).push(d.id);
    }
    println!("{:?}", slots);
    let late: Vec<_> = slots.range(10..).map(|(k, v)| (*k, v.len())).collect();
    println!("due >= 10: {late:?}");
}
