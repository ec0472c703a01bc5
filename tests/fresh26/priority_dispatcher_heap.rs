use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Level { Low = 1, Normal = 5, High = 9 }

#[derive(Debug, Eq, PartialEq)]
struct Job {
    level: Level,
    seq: u64,
    topic: String,
    payload: i64,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.level.cmp(&other.level).then_with(|| other.seq.cmp(&self.seq))
    }
}
impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}

enum Outcome { Done(String), Requeue(Level, i64), Fail(String) }

type Handler = Box<dyn FnMut(&Job) -> Outcome>;

struct Dispatcher {
    queue: BinaryHeap<Job>,
    handlers: HashMap<String, Handler>,
    seq: u64,
    log: Vec<String>,
}

impl Dispatcher {
    fn new() -> Self { Dispatcher { queue: BinaryHeap::new(), handlers: HashMap::new(), seq: 0, log: vec![] } }
    fn on<F>(&mut self, topic: &str, f: F)
    where
        F: FnMut(&Job) -> Outcome + 'static,
    {
        self.handlers.insert(topic.to_owned(), Box::new(f));
    }
    fn submit(&mut self, level: Level, topic: &str, payload: i64) {
        self.seq += 1;
        self.queue.push(Job { level, seq: self.seq, topic: topic.into(), payload });
    }
    fn run(&mut self, budget: usize) -> usize {
        let mut steps = 0;
        while steps < budget {
            let Some(job) = self.queue.pop() else { break };
            steps += 1;
            let line = match self.handlers.get_mut(job.topic.as_str()) {
                None => format!("#{} {:?} {}: no handler", job.seq, job.level, job.topic),
                Some(h) => match h(&job) {
                    Outcome::Done(msg) => format!("#{} {:?} {}: {}", job.seq, job.level, job.topic, msg),
                    Outcome::Fail(msg) => format!("#{} {:?} {}: FAILED {}", job.seq, job.level, job.topic, msg),
                    Outcome::Requeue(lvl, p) => {
                        let t = job.topic.clone();
                        self.submit(lvl, &t, p);
                        format!("#{} {:?} {}: requeued as #{} {:?}", job.seq, job.level, job.topic, self.seq, lvl)
                    }
                },
            };
            self.log.push(line);
        }
        steps
    }
}

fn main() {
    let mut d = Dispatcher::new();
    let mut total_billed = 0i64;
    let mut emails_sent = Vec::new();
    d.on("bill", move |j| {
        if j.payload < 0 {
            return Outcome::Fail(format!("negative amount {}", j.payload));
        }
        total_billed += j.payload;
        Outcome::Done(format!("billed {} (running {})", j.payload, total_billed))
    });
    d.on("email", move |j| {
        emails_sent.push(j.payload);
        Outcome::Done(format!("sent #{} batch={:?}", emails_sent.len(), emails_sent))
    });
    d.on("retry", |j| {
        if j.payload > 1 {
            let lower = match j.level { Level::High => Level::Normal, _ => Level::Low };
            Outcome::Requeue(lower, j.payload / 2)
        } else {
            Outcome::Done("settled".into())
        }
    });

    d.submit(Level::Low, "email", 1);
    d.submit(Level::High, "bill", 300);
    d.submit(Level::Normal, "retry", 8);
    d.submit(Level::High, "retry", 5);
    d.submit(Level::Normal, "bill", -20);
    d.submit(Level::Low, "audit", 0);
    d.submit(Level::Normal, "email", 2);
    d.submit(Level::High, "bill", 75);

    let first = d.run(4);
    println!("first batch ran {} (left {})", first, d.queue.len());
    d.submit(Level::High, "email", 3);
    let second = d.run(100);
    println!("second batch ran {} (left {})", second, d.queue.len());
    for l in &d.log {
        println!("  {}", l);
    }
    let mut topics: Vec<&str> = d.handlers.keys().map(String::as_str).collect();
    topics.sort_unstable();
    println!("topics: {:?}", topics);
    println!("has handler for 'bill': {}", d.handlers.contains_key("bill"));
    let lv = [Level::Normal, Level::High, Level::Low];
    let max = lv.iter().max().unwrap();
    let weights: i32 = lv.iter().map(|&l| l as i32).sum();
    println!("max level {:?} weight sum {} cmp {:?}", max, weights, Level::Low.cmp(&Level::High));
}
