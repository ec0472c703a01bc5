use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    Arrive { seq: u32, attempt: u32 },
    Ack { seq: u32 },
    Timeout { seq: u32, attempt: u32 },
}

struct Link {
    delay: u64,
    loss_mod: u32,
}

impl Link {
    fn drops(&self, seq: u32, attempt: u32) -> bool {
        (seq * 7 + attempt * 3) % self.loss_mod == 0
    }
}

struct Sender {
    window: usize,
    rto: u64,
    max_attempts: u32,
    pending: VecDeque<u32>,
    in_flight: BTreeMap<u32, u32>,
    acked: Vec<u32>,
    failed: Vec<u32>,
}

fn main() {
    let link = Link { delay: 5, loss_mod: 4 };
    let mut s = Sender {
        window: 3,
        rto: 14,
        max_attempts: 3,
        pending: (1..=8).collect(),
        in_flight: BTreeMap::new(),
        acked: Vec::new(),
        failed: Vec::new(),
    };
    let mut heap: BinaryHeap<Reverse<(u64, Event)>> = BinaryHeap::new();
    let mut now: u64 = 0;
    let mut sent_total = 0u32;

    let mut send = |seq: u32, attempt: u32, now: u64, heap: &mut BinaryHeap<Reverse<(u64, Event)>>, rto: u64| {
        sent_total += 1;
        if link.drops(seq, attempt) {
            println!("t={:>3}  send  #{} try {} (lost)", now, seq, attempt);
        } else {
            println!("t={:>3}  send  #{} try {}", now, seq, attempt);
            heap.push(Reverse((now + link.delay, Event::Arrive { seq, attempt })));
        }
        heap.push(Reverse((now + rto, Event::Timeout { seq, attempt })));
        sent_total
    };

    loop {
        while s.in_flight.len() < s.window {
            let Some(seq) = s.pending.pop_front() else { break };
            s.in_flight.insert(seq, 1);
            send(seq, 1, now, &mut heap, s.rto);
        }
        let Some(Reverse((t, ev))) = heap.pop() else { break };
        now = t;
        match ev {
            Event::Arrive { seq, attempt } => {
                println!("t={:>3}  recv  #{} (try {})", now, seq, attempt);
                heap.push(Reverse((now + link.delay, Event::Ack { seq })));
            }
            Event::Ack { seq } => {
                if s.in_flight.remove(&seq).is_some() {
                    println!("t={:>3}  ack   #{}", now, seq);
                    s.acked.push(seq);
                } else {
                    println!("t={:>3}  dup ack #{} ignored", now, seq);
                }
            }
            Event::Timeout { seq, attempt } => {
                let current = s.in_flight.get(&seq).copied();
                match current {
                    Some(a) if a == attempt && a < s.max_attempts => {
                        println!("t={:>3}  timeout #{} -> retransmit", now, seq);
                        s.in_flight.insert(seq, a + 1);
                        send(seq, a + 1, now, &mut heap, s.rto * 2u64.pow(a));
                    }
                    Some(a) if a == attempt => {
                        println!("t={:>3}  timeout #{} -> give up", now, seq);
                        s.in_flight.remove(&seq);
                        s.failed.push(seq);
                    }
                    _ => {}
                }
            }
        }
    }
    println!("finished at t={}", now);
    println!("acked  (in order of ack): {:?}", s.acked);
    let mut sorted = s.acked.clone();
    sorted.sort_unstable();
    println!("acked  (sorted):          {:?}", sorted);
    println!("failed: {:?}", s.failed);
    let total = 8;
    println!("delivery ratio {:>6.2}%", 100.0 * s.acked.len() as f64 / total as f64);
    let mut heap2: BinaryHeap<Reverse<(u64, &str)>> = ["gamma", "alpha", "beta"].iter().enumerate().map(|(i, n)| Reverse(((3 - i) as u64 % 2, *n))).collect();
    let mut order = Vec::new();
    while let Some(Reverse((k, n))) = heap2.pop() {
        order.push(format!("{}:{}", k, n));
    }
    println!("tie order: {}", order.join(" "));
    println!("peek empty: {:?}", heap2.peek());
}
