use std::collections::{BTreeMap, HashSet};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Topic {
    Orders,
    Payments,
    Audit,
}

#[derive(Debug)]
struct Event {
    topic: Topic,
    key: String,
    amount: i64,
}

struct Subscriber {
    name: &'static str,
    topics: HashSet<Topic>,
    rx: Receiver<Arc<Event>>,
}

#[derive(Debug, Default)]
struct Report {
    received: usize,
    amount_total: i64,
    keys: BTreeMap<String, i64>,
}

struct Bus {
    subscribers: Vec<(HashSet<Topic>, Sender<Arc<Event>>)>,
}

impl Bus {
    fn new() -> Self {
        Bus { subscribers: Vec::new() }
    }

    fn subscribe(&mut self, name: &'static str, topics: &[Topic]) -> Subscriber {
        let (tx, rx) = mpsc::channel();
        let topics: HashSet<Topic> = topics.iter().copied().collect();
        self.subscribers.push((topics.clone(), tx));
        Subscriber { name, topics, rx }
    }

    fn publish(&self, event: Event) -> usize {
        let event = Arc::new(event);
        self.subscribers
            .iter()
            .filter(|(topics, _)| topics.contains(&event.topic))
            .filter(|(_, tx)| tx.send(Arc::clone(&event)).is_ok())
            .count()
    }
}

fn run_subscriber(sub: Subscriber) -> JoinHandle<(&'static str, Report)> {
    thread::spawn(move || {
        let mut report = Report::default();
        for ev in sub.rx.iter() {
            assert!(sub.topics.contains(&ev.topic));
            report.received += 1;
            report.amount_total += ev.amount;
            *report.keys.entry(ev.key.clone()).or_insert(0) += ev.amount;
        }
        (sub.name, report)
    })
}

fn main() {
    let mut bus = Bus::new();
    let subs = vec![
        bus.subscribe("billing", &[Topic::Payments]),
        bus.subscribe("warehouse", &[Topic::Orders]),
        bus.subscribe("auditor", &[Topic::Orders, Topic::Payments, Topic::Audit]),
        bus.subscribe("security", &[Topic::Audit]),
    ];
    let handles: Vec<_> = subs.into_iter().map(run_subscriber).collect();

    let bus = Arc::new(bus);
    let publishers: Vec<JoinHandle<(Topic, usize)>> = [Topic::Orders, Topic::Payments, Topic::Audit]
        .into_iter()
        .map(|topic| {
            let bus = Arc::clone(&bus);
            thread::spawn(move || {
                let mut deliveries = 0;
                for i in 0..12i64 {
                    let key = format!("{:?}-{}", topic, i % 3).to_lowercase();
                    deliveries += bus.publish(Event { topic, key, amount: (i + 1) * (topic as i64 + 1) });
                }
                (topic, deliveries)
            })
        })
        .collect();

    let mut deliveries: Vec<(Topic, usize)> = publishers.into_iter().map(|h| h.join().unwrap()).collect();
    deliveries.sort();
    println!("deliveries per topic: {:?}", deliveries);
    drop(bus); // last owner: drops all senders, ending subscriber loops

    let mut reports: Vec<(&str, Report)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    reports.sort_by_key(|(name, _)| *name);
    for (name, r) in &reports {
        println!("{:<9} received={:<3} total={}", name, r.received, r.amount_total);
        for (k, v) in &r.keys {
            println!("           {:<11} {}", k, v);
        }
    }
    let total_received: usize = reports.iter().map(|(_, r)| r.received).sum();
    let total_delivered: usize = deliveries.iter().map(|(_, d)| d).sum();
    println!("received == delivered: {} ({})", total_received == total_delivered, total_received);
}
