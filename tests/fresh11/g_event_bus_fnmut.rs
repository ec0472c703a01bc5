// FnMut event handlers stored in Vec<Box<dyn FnMut(&Event)>>, shared state via Rc<RefCell>.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Resize(u32, u32),
    Quit,
}

impl Event {
    fn kind(&self) -> &'static str {
        match self {
            Event::Click { .. } => "click",
            Event::Key(_) => "key",
            Event::Resize(..) => "resize",
            Event::Quit => "quit",
        }
    }
}

pub struct EventBus<'a> {
    handlers: Vec<(String, Box<dyn FnMut(&Event) -> bool + 'a>)>,
    dispatched: usize,
}

impl<'a> EventBus<'a> {
    pub fn new() -> Self {
        EventBus { handlers: Vec::new(), dispatched: 0 }
    }
    pub fn subscribe<F>(&mut self, name: &str, f: F) -> &mut Self
    where
        F: FnMut(&Event) -> bool + 'a,
    {
        self.handlers.push((name.to_string(), Box::new(f)));
        self
    }
    /// Dispatch to all handlers; handlers returning false are removed.
    pub fn dispatch(&mut self, ev: &Event) {
        self.dispatched += 1;
        let mut removed = Vec::new();
        self.handlers.retain_mut(|(name, h)| {
            let keep = h(ev);
            if !keep {
                removed.push(name.clone());
            }
            keep
        });
        for r in removed {
            println!("  [bus] unsubscribed {}", r);
        }
    }
    pub fn handler_names(&self) -> Vec<&str> {
        self.handlers.iter().map(|(n, _)| n.as_str()).collect()
    }
}

fn main() {
    let log: Rc<RefCell<Vec<String>>> = Rc::new(RefCell::new(Vec::new()));
    let mut counts: BTreeMap<&'static str, u32> = BTreeMap::new();
    let mut typed = String::new();
    let mut area = 0u64;

    {
        let mut bus = EventBus::new();
        let log2 = Rc::clone(&log);
        bus.subscribe("logger", move |e| {
            log2.borrow_mut().push(format!("{:?}", e));
            true
        })
        .subscribe("counter", |e| {
            *counts.entry(e.kind()).or_insert(0) += 1;
            true
        })
        .subscribe("typist", |e| {
            if let Event::Key(c) = e {
                typed.push(*c);
            }
            !matches!(e, Event::Key('\n'))
        });
        let mut clicks_left = 2;
        bus.subscribe("two-clicks", move |e| {
            if let Event::Click { x, y } = e {
                clicks_left -= 1;
                println!("  click #{} at ({}, {})", 2 - clicks_left, x, y);
            }
            clicks_left > 0
        });
        bus.subscribe("resizer", |e| {
            if let &Event::Resize(w, h) = e {
                area = w as u64 * h as u64;
            }
            *e != Event::Quit
        });

        let events = vec![
            Event::Key('h'),
            Event::Click { x: 1, y: 2 },
            Event::Key('i'),
            Event::Resize(80, 24),
            Event::Key('\n'),
            Event::Key('!'),
            Event::Click { x: -5, y: 9 },
            Event::Click { x: 0, y: 0 },
            Event::Quit,
        ];
        for ev in &events {
            println!("dispatch {}", ev.kind());
            bus.dispatch(ev);
        }
        println!("remaining handlers: {:?}", bus.handler_names());
        println!("dispatched: {}", bus.dispatched);
    }

    println!("counts: {:?}", counts);
    println!("typed: {:?}", typed);
    println!("area: {}", area);
    println!("log entries: {} (rc strong = {})", log.borrow().len(), Rc::strong_count(&log));
    println!("last log: {}", log.borrow().last().unwrap());
}
