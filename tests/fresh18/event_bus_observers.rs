// An event bus with FnMut subscribers sharing state via Rc<RefCell<_>>,
// a BinaryHeap schedule, and borrow_mut calls kept in short scopes.
use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    Deposit(u32),
    Withdraw(u32),
    Note(String),
}

struct Bus {
    subs: Vec<(String, Box<dyn FnMut(u32, &Event) -> bool>)>,
    queue: BinaryHeap<Reverse<(u32, usize, Event)>>,
    seq: usize,
}

impl Bus {
    fn new() -> Self {
        Bus { subs: Vec::new(), queue: BinaryHeap::new(), seq: 0 }
    }
    fn subscribe(&mut self, name: &str, f: impl FnMut(u32, &Event) -> bool + 'static) {
        self.subs.push((name.to_string(), Box::new(f)));
    }
    fn schedule(&mut self, at: u32, e: Event) {
        self.queue.push(Reverse((at, self.seq, e)));
        self.seq += 1;
    }
    fn run(&mut self) -> BTreeMap<String, u32> {
        let mut handled: BTreeMap<String, u32> = BTreeMap::new();
        while let Some(Reverse((t, _, ev))) = self.queue.pop() {
            for (name, f) in self.subs.iter_mut() {
                if f(t, &ev) {
                    *handled.entry(name.clone()).or_insert(0) += 1;
                }
            }
        }
        handled
    }
}

fn main() {
    let balance = Rc::new(RefCell::new(100i64));
    let log: Rc<RefCell<Vec<String>>> = Rc::new(RefCell::new(Vec::new()));
    let mut bus = Bus::new();

    {
        let balance = Rc::clone(&balance);
        let log = Rc::clone(&log);
        bus.subscribe("ledger", move |t, e| {
            let mut b = balance.borrow_mut();
            match e {
                Event::Deposit(n) => *b += *n as i64,
                Event::Withdraw(n) if *b >= *n as i64 => *b -= *n as i64,
                Event::Withdraw(n) => {
                    log.borrow_mut().push(format!("t={} declined {}", t, n));
                    return false;
                }
                Event::Note(_) => return false,
            }
            log.borrow_mut().push(format!("t={} balance {}", t, *b));
            true
        });
    }
    {
        let log = Rc::clone(&log);
        let mut notes = 0;
        bus.subscribe("notes", move |t, e| {
            if let Event::Note(s) = e {
                notes += 1;
                log.borrow_mut().push(format!("t={} note#{} {}", t, notes, s));
                true
            } else {
                false
            }
        });
    }
    let mut largest = 0u32;
    let peak = Rc::new(RefCell::new(0u32));
    let peak_in = Rc::clone(&peak);
    bus.subscribe("audit", move |_, e| match e {
        Event::Deposit(n) | Event::Withdraw(n) if *n > largest => {
            largest = *n;
            *peak_in.borrow_mut() = largest;
            true
        }
        _ => false,
    });

    bus.schedule(5, Event::Withdraw(30));
    bus.schedule(1, Event::Deposit(50));
    bus.schedule(3, Event::Note("rent due".into()));
    bus.schedule(3, Event::Withdraw(200));
    bus.schedule(9, Event::Withdraw(120));
    bus.schedule(7, Event::Note("payday".into()));
    bus.schedule(7, Event::Deposit(75));

    let handled = bus.run();
    for line in log.borrow().iter() {
        println!("{}", line);
    }
    println!("handled {:?}", handled);
    println!("final balance {} peak {}", balance.borrow(), peak.borrow());
    println!("rc counts: balance={} log={}", Rc::strong_count(&balance), Rc::strong_count(&log));
    drop(bus);
    println!("after drop: balance={} log={}", Rc::strong_count(&balance), Rc::strong_count(&log));
    let entries = Rc::try_unwrap(log).map(|c| c.into_inner().len());
    println!("unwrapped log entries {:?}", entries);
}
