use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Event { Click { x: i32, y: i32 }, Key(char), Tick(u32), Quit }

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Event::Click { x, y } => write!(f, "Click@{},{}", x, y),
            Event::Key(c) => write!(f, "Key[{}]", c),
            Event::Tick(n) => write!(f, "Tick#{}", n),
            Event::Quit => write!(f, "Quit"),
        }
    }
}

struct Handler {
    name: String,
    filter: Box<dyn Fn(&Event) -> bool>,
    action: Box<dyn FnMut(&Event) -> Option<String>>,
}

#[derive(Default)]
struct Bus { handlers: Vec<Handler>, log: Vec<String>, counts: BTreeMap<String, usize> }

impl Bus {
    fn on<F, A>(&mut self, name: &str, filter: F, action: A)
    where F: Fn(&Event) -> bool + 'static, A: FnMut(&Event) -> Option<String> + 'static {
        self.handlers.push(Handler { name: name.to_string(), filter: Box::new(filter), action: Box::new(action) });
    }
    fn dispatch(&mut self, e: &Event) -> bool {
        for h in self.handlers.iter_mut() {
            if (h.filter)(e) {
                *self.counts.entry(h.name.clone()).or_insert(0) += 1;
                if let Some(msg) = (h.action)(e) {
                    self.log.push(format!("[{:<8}] {:<12} => {}", h.name, e.to_string(), msg));
                }
            }
        }
        !matches!(e, Event::Quit)
    }
}

fn make_counter(step: u32) -> impl FnMut(&Event) -> Option<String> {
    let mut total = 0u32;
    move |e| {
        if let Event::Tick(n) = e { total += n * step; }
        if total % 2 == 0 { Some(format!("total={}", total)) } else { None }
    }
}

fn main() {
    let mut bus = Bus::default();
    let mut typed = String::new();
    bus.on("keys", |e| matches!(e, Event::Key(_)), move |e| {
        if let Event::Key(c) = e { typed.push(*c); }
        Some(format!("typed '{}'", typed))
    });
    bus.on("clicks", |e| matches!(e, Event::Click { x, .. } if *x >= 0), |e| match e {
        Event::Click { x, y } => Some(format!("quadrant {}", if *y >= 0 { 1 } else { 4 } + (*x > 100) as i32)),
        _ => None,
    });
    bus.on("ticks", |e| matches!(e, Event::Tick(_)), make_counter(3));
    bus.on("all", |_| true, |e| if *e == Event::Quit { Some("bye".into()) } else { None });

    let events = vec![
        Event::Key('h'), Event::Click { x: 10, y: -5 }, Event::Tick(1), Event::Key('i'),
        Event::Click { x: -3, y: 3 }, Event::Tick(2), Event::Click { x: 150, y: 20 }, Event::Tick(3),
        Event::Key('!'), Event::Quit, Event::Key('z'),
    ];
    let mut processed = 0;
    for e in &events {
        processed += 1;
        if !bus.dispatch(e) { break; }
    }
    for line in &bus.log { println!("{}", line); }
    println!("processed {} of {} events", processed, events.len());
    for (name, n) in &bus.counts { println!("{:>8}: {}", name, n); }
}
