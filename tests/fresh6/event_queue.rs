use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind { Arrive { customer: u32 }, StartService { customer: u32 }, Depart { customer: u32 }, Report }

#[derive(Debug, Clone, PartialEq, Eq)]
struct Event {
    time: u64,
    seq: u64,
    kind: Kind,
}

impl Ord for Event {
    fn cmp(&self, other: &Self) -> Ordering {
        other.time.cmp(&self.time).then_with(|| other.seq.cmp(&self.seq))
    }
}
impl PartialOrd for Event {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}

#[derive(Default)]
struct Stats { served: u32, total_wait: u64, max_queue: usize }

struct Sim {
    now: u64,
    seq: u64,
    queue: BinaryHeap<Event>,
    waiting: std::collections::VecDeque<u32>,
    busy: bool,
    arrival_time: HashMap<u32, u64>,
    stats: Stats,
    trace: Vec<String>,
}

impl Sim {
    fn schedule(&mut self, delay: u64, kind: Kind) {
        self.seq += 1;
        self.queue.push(Event { time: self.now + delay, seq: self.seq, kind });
    }

    fn service_time(customer: u32) -> u64 { 2 + (customer as u64 * 7) % 5 }

    fn run(&mut self, until: u64) {
        while let Some(ev) = self.queue.pop() {
            if ev.time > until {
                self.trace.push(format!("stop before t={}", ev.time));
                break;
            }
            self.now = ev.time;
            let mut note = |s: String| self.trace.push(format!("t={:>3} {}", ev.time, s));
            match ev.kind {
                Kind::Arrive { customer } => {
                    note(format!("arrive #{}", customer));
                    self.arrival_time.insert(customer, self.now);
                    self.waiting.push_back(customer);
                    self.stats.max_queue = self.stats.max_queue.max(self.waiting.len());
                    if !self.busy {
                        self.busy = true;
                        let next = self.waiting.pop_front().unwrap();
                        self.schedule(0, Kind::StartService { customer: next });
                    }
                }
                Kind::StartService { customer } => {
                    let waited = self.now - self.arrival_time[&customer];
                    note(format!("start  #{} waited {}", customer, waited));
                    self.stats.total_wait += waited;
                    self.schedule(Self::service_time(customer), Kind::Depart { customer });
                }
                Kind::Depart { customer } => {
                    note(format!("depart #{}", customer));
                    self.stats.served += 1;
                    match self.waiting.pop_front() {
                        Some(next) => self.schedule(0, Kind::StartService { customer: next }),
                        None => self.busy = false,
                    }
                }
                Kind::Report => {
                    note(format!("report served={} waiting={:?}", self.stats.served, self.waiting));
                }
            }
        }
    }
}

fn main() {
    let mut sim = Sim {
        now: 0, seq: 0, queue: BinaryHeap::new(), waiting: Default::default(), busy: false,
        arrival_time: HashMap::new(), stats: Stats::default(), trace: vec![],
    };
    let arrivals = [0u64, 1, 2, 2, 9, 10, 11, 25, 26, 40];
    for (i, t) in arrivals.iter().enumerate() {
        sim.schedule(*t, Kind::Arrive { customer: i as u32 + 1 });
    }
    for t in (10..=30).step_by(10) {
        sim.schedule(t, Kind::Report);
    }
    sim.run(35);
    for line in &sim.trace {
        println!("{}", line);
    }
    let s = &sim.stats;
    let avg = if s.served > 0 { s.total_wait as f64 / s.served as f64 } else { 0.0 };
    println!("served={} total_wait={} avg_wait={:.2} max_queue={}", s.served, s.total_wait, avg, s.max_queue);
    println!("pending events: {}", sim.queue.len());
    let mut rest: Vec<Event> = sim.queue.into_sorted_vec();
    rest.reverse();
    for e in rest {
        println!("  pending t={} seq={} {:?}", e.time, e.seq, e.kind);
    }
}
