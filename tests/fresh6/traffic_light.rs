use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Light { Red, RedAmber, Green, Amber, FlashingAmber }

#[derive(Debug, Clone, Copy, PartialEq)]
enum Event { Tick(u32), PedestrianButton, Fault, Reset }

impl Light {
    const fn duration(self) -> u32 {
        match self {
            Light::Red => 30,
            Light::RedAmber => 3,
            Light::Green => 25,
            Light::Amber => 4,
            Light::FlashingAmber => u32::MAX,
        }
    }
    fn next(self) -> Light {
        match self {
            Light::Red => Light::RedAmber,
            Light::RedAmber => Light::Green,
            Light::Green => Light::Amber,
            Light::Amber => Light::Red,
            Light::FlashingAmber => Light::FlashingAmber,
        }
    }
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Light::Red => "R--",
            Light::RedAmber => "RA-",
            Light::Green => "--G",
            Light::Amber => "-A-",
            Light::FlashingAmber => "*A*",
        };
        f.pad(s)
    }
}

struct Controller {
    state: Light,
    elapsed: u32,
    transitions: Vec<(Light, Light)>,
    listeners: Vec<Box<dyn Fn(Light, Light) -> Option<String>>>,
}

impl Controller {
    fn set(&mut self, to: Light) {
        let from = self.state;
        self.state = to;
        self.elapsed = 0;
        self.transitions.push((from, to));
        for l in &self.listeners {
            if let Some(msg) = l(from, to) {
                println!("    listener: {}", msg);
            }
        }
    }

    fn handle(&mut self, ev: Event) {
        match (self.state, ev) {
            (Light::FlashingAmber, Event::Reset) => self.set(Light::Red),
            (Light::FlashingAmber, _) => println!("    ignored {:?} while faulted", ev),
            (_, Event::Fault) => self.set(Light::FlashingAmber),
            (Light::Green, Event::PedestrianButton) if self.elapsed >= 10 => self.set(Light::Amber),
            (_, Event::PedestrianButton) => println!("    button noted, no change"),
            (_, Event::Reset) => println!("    reset while running: no-op"),
            (s, Event::Tick(n)) => {
                let mut left = n;
                let mut cur = s;
                while left > 0 {
                    let remaining = cur.duration() - self.elapsed;
                    if left < remaining {
                        self.elapsed += left;
                        break;
                    }
                    left -= remaining;
                    cur = cur.next();
                    self.set(cur);
                }
            }
        }
    }
}

fn main() {
    let mut c = Controller { state: Light::Red, elapsed: 0, transitions: vec![], listeners: vec![] };
    c.listeners.push(Box::new(|from, to| (to == Light::Green).then(|| format!("GO (was {})", from))));
    c.listeners.push(Box::new(|_, to| match to {
        Light::FlashingAmber => Some("maintenance called".to_string()),
        _ => None,
    }));
    let events = [
        Event::Tick(10), Event::Tick(25), Event::PedestrianButton, Event::Tick(12),
        Event::PedestrianButton, Event::Tick(70), Event::Fault, Event::Tick(5),
        Event::Reset, Event::Reset, Event::Tick(33),
    ];
    for (i, ev) in events.iter().enumerate() {
        c.handle(*ev);
        println!("{:>2} {:<20} -> [{:^7}] elapsed={:>3}", i, format!("{:?}", ev), c.state, c.elapsed);
    }
    let mut counts = std::collections::BTreeMap::new();
    for (_, to) in &c.transitions {
        *counts.entry(*to).or_insert(0u32) += 1;
    }
    println!("transition counts: {:?}", counts);
    let greens = c.transitions.windows(2).filter(|w| w[0].1 == Light::Green && w[1].1 == Light::Amber).count();
    println!("green->amber pairs: {}, total transitions: {}", greens, c.transitions.len());
}
