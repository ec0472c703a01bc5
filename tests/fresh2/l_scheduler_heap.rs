use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u8,
    seq: u32,
    name: String,
    duration: u32,
}

// Higher priority first; among equal priority, earlier seq first.
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Scheduler {
    ready: BinaryHeap<Task>,
    timers: BinaryHeap<Reverse<(u32, u32, String)>>, // (wake time, seq, name)
    clock: u32,
    seq: u32,
}

impl Scheduler {
    fn new() -> Self {
        Scheduler { ready: BinaryHeap::new(), timers: BinaryHeap::new(), clock: 0, seq: 0 }
    }

    fn submit(&mut self, name: &str, priority: u8, duration: u32) {
        self.seq += 1;
        self.ready.push(Task { priority, seq: self.seq, name: name.to_string(), duration });
    }

    fn schedule_at(&mut self, time: u32, name: &str) {
        self.seq += 1;
        self.timers.push(Reverse((time, self.seq, name.to_string())));
    }

    fn wake_timers(&mut self) {
        while let Some(Reverse((t, _, _))) = self.timers.peek() {
            if *t > self.clock {
                break;
            }
            let Reverse((t, _, name)) = self.timers.pop().unwrap();
            println!("[t={:>3}] timer '{name}' (due {t}) -> ready", self.clock);
            self.submit(&name, 9, 1);
        }
    }

    fn run(&mut self) {
        loop {
            self.wake_timers();
            match self.ready.pop() {
                Some(task) => {
                    println!("[t={:>3}] run {:<10} prio={} for {}", self.clock, task.name, task.priority, task.duration);
                    self.clock += task.duration;
                }
                None => match self.timers.peek() {
                    Some(Reverse((t, _, _))) => {
                        println!("[t={:>3}] idle until {t}", self.clock);
                        self.clock = *t;
                    }
                    None => break,
                },
            }
        }
        println!("all done at t={}", self.clock);
    }
}

fn main() {
    let mut s = Scheduler::new();
    s.submit("backup", 1, 30);
    s.submit("email", 5, 3);
    s.submit("compile", 7, 12);
    s.submit("tests", 7, 8);
    s.submit("lint", 5, 2);
    s.schedule_at(10, "heartbeat");
    s.schedule_at(10, "alarm");
    s.schedule_at(100, "nightly");
    s.schedule_at(4, "ping");
    s.run();

    // Reverse on plain numbers: a min-heap in two lines.
    let mut mins: BinaryHeap<Reverse<i32>> = vec![5, -2, 9, 0, 3].into_iter().map(Reverse).collect();
    mins.push(Reverse(-7));
    let order: Vec<i32> = std::iter::from_fn(|| mins.pop().map(|Reverse(x)| x)).collect();
    println!("min-heap order: {order:?}");
    let max_heap = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("peek {:?}, sorted {:?}", max_heap.peek(), max_heap.clone().into_sorted_vec());
    let top3: Vec<_> = max_heap.take_top(3);
    println!("top3 {top3:?}");
}

trait TopN {
    fn take_top(self, n: usize) -> Vec<i32>;
}

impl TopN for BinaryHeap<i32> {
    fn take_top(mut self, n: usize) -> Vec<i32> {
        (0..n).filter_map(|_| self.pop()).collect()
    }
}
