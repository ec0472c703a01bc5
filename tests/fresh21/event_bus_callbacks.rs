use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Resize(u32, u32),
    Quit,
}

impl Event {
    fn kind(&self) -> &'static str {
        match self { Event::Click { .. } => "click", Event::Key(_) => "key", Event::Resize(..) => "resize", Event::Quit => "quit" }
    }
}

type Handler = Box<dyn FnMut(&Event) -> bool>;

#[derive(Default)]
struct EventBus { handlers: Vec<(String, Handler)>, dispatched: usize }

impl EventBus {
    fn subscribe(&mut self, name: &str, f: impl FnMut(&Event) -> bool + 'static) {
        self.handlers.push((name.to_string(), Box::new(f)));
    }
    fn emit(&mut self, e: &Event) -> Vec<String> {
        self.dispatched += 1;
        let mut consumed_by = Vec::new();
        for (name, h) in self.handlers.iter_mut() {
            if h(e) {
                consumed_by.push(name.clone());
                if matches!(e, Event::Key(_)) { break; }
            }
        }
        consumed_by
    }
}

fn main() {
    let mut bus = EventBus::default();
    let log: Rc<RefCell<Vec<String>>> = Rc::new(RefCell::new(Vec::new()));

    let log_all = Rc::clone(&log);
    bus.subscribe("logger", move |e| {
        log_all.borrow_mut().push(format!("{:?}", e));
        false
    });

    let mut clicks = 0;
    let click_total = Rc::new(RefCell::new(0));
    let ct = Rc::clone(&click_total);
    bus.subscribe("click-counter", move |e| {
        if let Event::Click { x, y } = e {
            clicks += 1;
            *ct.borrow_mut() = clicks;
            return *x >= 0 && *y >= 0;
        }
        false
    });

    let typed = Rc::new(RefCell::new(String::new()));
    let typed_in = Rc::clone(&typed);
    bus.subscribe("text-box", move |e| match e {
        Event::Key('\x08') => { typed_in.borrow_mut().pop(); true }
        Event::Key(c) if c.is_alphanumeric() || *c == ' ' => { typed_in.borrow_mut().push(*c); true }
        _ => false,
    });

    bus.subscribe("shortcut", |e| matches!(e, Event::Key('q')));

    let mut size = (800u32, 600u32);
    let area_hist = Rc::new(RefCell::new(Vec::new()));
    let ah = area_hist.clone();
    bus.subscribe("layout", move |e| {
        if let &Event::Resize(w, h) = e {
            size = (w.max(320), h.max(240));
            ah.borrow_mut().push(size.0 * size.1);
            true
        } else { false }
    });

    let events = vec![
        Event::Click { x: 10, y: 20 }, Event::Key('h'), Event::Key('i'), Event::Key('!'),
        Event::Key('x'), Event::Key('\x08'), Event::Click { x: -5, y: 3 }, Event::Resize(1024, 768),
        Event::Resize(100, 100), Event::Key('q'), Event::Quit,
    ];
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &events {
        let who = bus.emit(e);
        *per_kind.entry(e.kind()).or_insert(0) += 1;
        println!("{:<28} handled by {:?}", format!("{:?}", e), who);
        if *e == Event::Quit { println!("quit received, stopping"); break; }
    }
    println!("dispatched {} events", bus.dispatched);
    println!("per kind: {:?}", per_kind);
    println!("typed text: {:?}", typed.borrow());
    println!("click count: {}", click_total.borrow());
    println!("areas: {:?}", area_hist.borrow());
    println!("log has {} entries, first {:?}", log.borrow().len(), log.borrow().first());
    println!("rc counts: log={} typed={}", Rc::strong_count(&log), Rc::strong_count(&typed));
    drop(bus);
    println!("after dropping bus: log={} typed={}", Rc::strong_count(&log), Rc::strong_count(&typed));
    let names = ["a", "b"];
    let describe = |e: &Event| format!("{}:{}", names.len(), e.kind());
    println!("{}", describe(&Event::Quit));
}
