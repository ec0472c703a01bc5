use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

type Handler = Box<dyn FnMut(&str, &Bus)>;

#[derive(Default)]
struct Bus {
    handlers: RefCell<BTreeMap<String, Vec<Handler>>>,
    log: Rc<RefCell<Vec<String>>>,
    depth: RefCell<u32>,
}

impl Bus {
    fn subscribe(&self, topic: &str, h: impl FnMut(&str, &Bus) + 'static) {
        self.handlers.borrow_mut().entry(topic.to_string()).or_default().push(Box::new(h));
    }

    fn publish(&self, topic: &str, payload: &str) -> usize {
        *self.depth.borrow_mut() += 1;
        let indent = "  ".repeat(*self.depth.borrow() as usize - 1);
        self.log.borrow_mut().push(format!("{}{} <- {}", indent, topic, payload));
        let mut taken = match self.handlers.borrow_mut().get_mut(topic) {
            Some(v) => std::mem::take(v),
            None => Vec::new(),
        };
        let n = taken.len();
        for h in taken.iter_mut() {
            h(payload, self);
        }
        let mut map = self.handlers.borrow_mut();
        let slot = map.entry(topic.to_string()).or_default();
        let added = std::mem::replace(slot, taken);
        slot.extend(added);
        drop(map);
        *self.depth.borrow_mut() -= 1;
        n
    }
}

fn main() {
    let bus = Bus::default();
    let counter = Rc::new(RefCell::new(BTreeMap::<String, u32>::new()));

    let c = Rc::clone(&counter);
    bus.subscribe("order.created", move |p, _| {
        *c.borrow_mut().entry(format!("created:{}", p)).or_insert(0) += 1;
    });
    bus.subscribe("order.created", |p, bus| {
        let qty: u32 = p.rsplit_once('x').and_then(|(_, q)| q.parse().ok()).unwrap_or(1);
        if qty > 5 {
            bus.publish("stock.low", p);
        }
    });
    let c2 = Rc::clone(&counter);
    bus.subscribe("stock.low", move |p, bus| {
        *c2.borrow_mut().entry("low".into()).or_default() += 1;
        bus.publish("audit", &format!("restock for {}", p));
    });
    let audit_log = Rc::clone(&bus.log);
    bus.subscribe("audit", move |p, _| {
        let n = audit_log.borrow().len();
        audit_log.borrow_mut().push(format!("      audit#{} {}", n, p.to_uppercase()));
    });

    for p in ["apple x2", "pear x9", "fig", "plum x6"] {
        let n = bus.publish("order.created", p);
        println!("published {:<10} to {} handler(s)", p, n);
    }
    println!("unheard topic handlers: {}", bus.publish("nobody.listens", "?"));
    for line in bus.log.borrow().iter() {
        println!("{}", line);
    }
    for (k, v) in counter.borrow().iter() {
        println!("{:<16}{:>3}", k, v);
    }
    println!("handler topics: {:?}", bus.handlers.borrow().keys().collect::<Vec<_>>());
    println!("log strong count = {}", Rc::strong_count(&bus.log));

    let snapshot = Rc::clone(&counter);
    bus.subscribe("report", move |_, _| {
        let view = snapshot.borrow();
        println!("report sees {} keys", view.len());
        let mut w = snapshot.borrow_mut();
        w.clear();
    });
    bus.publish("report", "now");
    println!("unreachable");
}
