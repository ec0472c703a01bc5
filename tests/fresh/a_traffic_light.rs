// Traffic light controller: enum states, timed transitions, pedestrian button.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    RedAmber,
    Green,
    Amber,
    FlashingAmber,
}

#[derive(Debug)]
enum Event {
    Tick,
    Button,
    Fault,
    Reset,
}

impl Light {
    fn duration(self) -> Option<u32> {
        match self {
            Light::Red => Some(4),
            Light::RedAmber => Some(1),
            Light::Green => Some(5),
            Light::Amber => Some(2),
            Light::FlashingAmber => None,
        }
    }
    fn next(self) -> Light {
        use Light::*;
        match self {
            Red => RedAmber,
            RedAmber => Green,
            Green => Amber,
            Amber => Red,
            FlashingAmber => FlashingAmber,
        }
    }
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Light::Red => "RED",
            Light::RedAmber => "RED+AMBER",
            Light::Green => "GREEN",
            Light::Amber => "AMBER",
            Light::FlashingAmber => "FLASHING",
        };
        f.pad(s)
    }
}

struct Controller {
    light: Light,
    elapsed: u32,
    requests: u32,
}

impl Controller {
    fn handle(&mut self, ev: &Event) -> Option<Light> {
        let before = self.light;
        match (self.light, ev) {
            (_, Event::Fault) => self.light = Light::FlashingAmber,
            (Light::FlashingAmber, Event::Reset) => self.light = Light::Red,
            (Light::Green, Event::Button) if self.elapsed >= 2 => {
                self.requests += 1;
                self.light = Light::Amber;
            }
            (_, Event::Button) => self.requests += 1,
            (l, Event::Tick) => {
                self.elapsed += 1;
                if l.duration().is_some_and(|d| self.elapsed >= d) {
                    self.light = l.next();
                }
            }
            (_, Event::Reset) => {}
        }
        if before != self.light {
            self.elapsed = 0;
            Some(self.light)
        } else {
            None
        }
    }
}

fn main() {
    let mut c = Controller { light: Light::Red, elapsed: 0, requests: 0 };
    let mut events: Vec<Event> = (0..12).map(|_| Event::Tick).collect();
    events.insert(7, Event::Button);
    events.extend([Event::Tick, Event::Tick, Event::Button, Event::Fault, Event::Tick, Event::Reset, Event::Tick]);
    let mut time_in: Vec<(Light, u32)> = Vec::new();
    for (t, ev) in events.iter().enumerate() {
        let from = c.light;
        match c.handle(ev) {
            Some(to) => println!("t={:>2} {:<7} [{:^11}] -> [{:^11}]", t, format!("{:?}", ev), from, to),
            None => println!("t={:>2} {:<7} [{:^11}]", t, format!("{:?}", ev), from),
        }
        match time_in.iter_mut().find(|(l, _)| *l == from) {
            Some(entry) => entry.1 += 1,
            None => time_in.push((from, 1)),
        }
    }
    println!("pedestrian requests: {}", c.requests);
    for (l, n) in &time_in {
        println!("{:>10}: {}", l, n);
    }
}
