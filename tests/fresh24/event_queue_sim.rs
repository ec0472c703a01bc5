use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    Arrive { customer: u32 },
    StartService { customer: u32, teller: usize },
    Depart { customer: u32, teller: usize },
}

type Log = Rc<RefCell<Vec<String>>>;

struct Bank {
    now: u64,
    queue: BinaryHeap<Reverse<(u64, u64, Event)>>,
    seq: u64,
    tellers: Vec<Option<u32>>,
    line: std::collections::VecDeque<u32>,
    arrived_at: BTreeMap<u32, u64>,
    waits: Vec<u64>,
    log: Log,
}

impl Bank {
    fn schedule(&mut self, at: u64, e: Event) {
        self.seq += 1;
        self.queue.push(Reverse((at, self.seq, e)));
    }

    fn service_time(customer: u32) -> u64 {
        3 + (customer as u64 * 7) % 5
    }

    fn try_start(&mut self) {
        while let Some(free) = self.tellers.iter().position(Option::is_none) {
            let Some(c) = self.line.pop_front() else { break };
            self.tellers[free] = Some(c);
            let now = self.now;
            self.schedule(now, Event::StartService { customer: c, teller: free });
        }
    }

    fn step(&mut self) -> bool {
        let Some(Reverse((t, _, ev))) = self.queue.pop() else { return false };
        self.now = t;
        match ev {
            Event::Arrive { customer } => {
                self.arrived_at.insert(customer, t);
                self.line.push_back(customer);
                self.log.borrow_mut().push(format!("{:>3}: c{} arrives (line {})", t, customer, self.line.len()));
                self.try_start();
            }
            Event::StartService { customer, teller } => {
                let waited = t - self.arrived_at[&customer];
                self.waits.push(waited);
                let d = Self::service_time(customer);
                self.log.borrow_mut().push(format!("{:>3}: teller {} serves c{} for {} (waited {})", t, teller, customer, d, waited));
                self.schedule(t + d, Event::Depart { customer, teller });
            }
            Event::Depart { customer, teller } => {
                self.tellers[teller] = None;
                self.log.borrow_mut().push(format!("{:>3}: c{} leaves teller {}", t, customer, teller));
                self.try_start();
            }
        }
        true
    }
}

fn main() {
    let log: Log = Rc::new(RefCell::new(Vec::new()));
    let mut bank = Bank {
        now: 0,
        queue: BinaryHeap::new(),
        seq: 0,
        tellers: vec![None; 2],
        line: Default::default(),
        arrived_at: BTreeMap::new(),
        waits: vec![],
        log: Rc::clone(&log),
    };
    let arrivals = [0u64, 1, 2, 2, 4, 9, 10, 10, 11, 25];
    for (i, &t) in arrivals.iter().enumerate() {
        bank.schedule(t, Event::Arrive { customer: i as u32 + 1 });
    }
    let mut steps = 0;
    while bank.step() {
        steps += 1;
    }
    println!("processed {} events, rc count = {}", steps, Rc::strong_count(&log));
    for line in log.borrow().iter() {
        println!("{}", line);
    }
    let total: u64 = bank.waits.iter().sum();
    let max = bank.waits.iter().max().copied().unwrap_or(0);
    println!("finished at t={} total wait={} max wait={}", bank.now, total, max);
    let hist = bank.waits.iter().fold(BTreeMap::new(), |mut m, w| {
        *m.entry(w / 3 * 3).or_insert(0u32) += 1;
        m
    });
    for (bucket, n) in hist {
        println!("wait {:>2}-{:<2} {}", bucket, bucket + 2, "o".repeat(n as usize));
    }
    drop(bank);
    println!("rc count after drop = {}", Rc::strong_count(&log));
}
