use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
enum Event {
    UserJoined { name: String },
    Message { from: String, text: String },
    UserLeft { name: String, reason: Option<String> },
}

impl Event {
    fn topic(&self) -> &'static str {
        match self {
            Event::UserJoined { .. } | Event::UserLeft { .. } => "presence",
            Event::Message { .. } => "chat",
        }
    }
}

type Handler = Box<dyn FnMut(&Event) -> bool>;

#[derive(Default)]
struct Bus {
    subscribers: BTreeMap<&'static str, Vec<(u32, Handler)>>,
    next_id: u32,
    delivered: u32,
}

impl Bus {
    fn subscribe(&mut self, topic: &'static str, h: Handler) -> u32 {
        self.next_id += 1;
        self.subscribers.entry(topic).or_default().push((self.next_id, h));
        self.next_id
    }

    fn publish(&mut self, ev: Event) {
        let topic = ev.topic();
        let Some(list) = self.subscribers.get_mut(topic) else {
            println!("  (no subscribers for {})", topic);
            return;
        };
        let mut count = |n: u32| self.delivered += n;
        let before = list.len();
        list.retain_mut(|(id, h)| {
            let keep = h(&ev);
            if !keep { println!("  handler {} unsubscribed itself", id); }
            keep
        });
        count(before as u32);
        println!("  {} delivered to {} handler(s), {} remain", topic, before, list.len());
    }
}

fn main() {
    let online: Rc<RefCell<Vec<String>>> = Rc::new(RefCell::new(Vec::new()));
    let transcript = Rc::new(RefCell::new(String::new()));
    let mut bus = Bus::default();

    let o = Rc::clone(&online);
    bus.subscribe("presence", Box::new(move |ev| {
        match ev {
            Event::UserJoined { name } => o.borrow_mut().push(name.clone()),
            Event::UserLeft { name, .. } => o.borrow_mut().retain(|n| n != name),
            _ => {}
        }
        true
    }));
    let t = Rc::clone(&transcript);
    bus.subscribe("chat", Box::new(move |ev| {
        if let Event::Message { from, text } = ev {
            t.borrow_mut().push_str(&format!("<{}> {}\n", from, text));
        }
        true
    }));
    let mut seen = 0;
    bus.subscribe("chat", Box::new(move |ev| {
        seen += 1;
        println!("  [counter] message #{} {:?}", seen, ev);
        seen < 2
    }));
    let shouts = Rc::new(RefCell::new(0u32));
    let s2 = shouts.clone();
    bus.subscribe("chat", Box::new(move |ev| {
        if let Event::Message { text, .. } = ev && text.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()) {
            *s2.borrow_mut() += 1;
        }
        true
    }));

    let events = vec![
        Event::UserJoined { name: "ada".into() },
        Event::UserJoined { name: "bob".into() },
        Event::Message { from: "ada".into(), text: "hello bob".into() },
        Event::Message { from: "bob".into(), text: "HI ADA!".into() },
        Event::UserLeft { name: "ada".into(), reason: Some("lunch".into()) },
        Event::Message { from: "bob".into(), text: "OK BYE".into() },
        Event::UserJoined { name: "cy".into() },
    ];
    for ev in events {
        println!("publish {:?}", ev);
        bus.publish(ev);
        println!("  online now: {:?}", online.borrow());
    }
    bus.subscribers.remove("chat");
    bus.publish(Event::Message { from: "cy".into(), text: "anyone?".into() });
    print!("transcript:\n{}", transcript.borrow());
    println!("shouts={} delivered={} next_id={}", shouts.borrow(), bus.delivered, bus.next_id);
    println!("rc: online={} transcript={} shouts={}", Rc::strong_count(&online), Rc::strong_count(&transcript), Rc::strong_count(&shouts));
}
