use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Collecting { credit: u32 },
    Dispensing { slot: char, change: u32 },
    OutOfOrder { reason: String },
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin(u32),
    Select(char),
    Cancel,
    Kick,
    Service,
}

struct Machine {
    state: State,
    stock: [(char, u32, u8); 3],
    log: Vec<String>,
    kicks: u8,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => write!(f, "IDLE"),
            State::Collecting { credit } => write!(f, "COLLECTING({}.{:02})", credit / 100, credit % 100),
            State::Dispensing { slot, change } => write!(f, "DISPENSE[{slot}] change={change}"),
            State::OutOfOrder { reason } => write!(f, "OUT-OF-ORDER: {reason}"),
        }
    }
}

impl Machine {
    fn price_of(&self, slot: char) -> Option<(u32, u8)> {
        self.stock.iter().find(|(s, _, _)| *s == slot).map(|&(_, p, n)| (p, n))
    }

    fn step(&mut self, ev: Event) {
        let old = std::mem::replace(&mut self.state, State::Idle);
        let new = match (old, ev) {
            (State::OutOfOrder { .. }, Event::Service) => { self.kicks = 0; State::Idle }
            (s @ State::OutOfOrder { .. }, _) => s,
            (_, Event::Kick) if self.kicks >= 2 => State::OutOfOrder { reason: format!("kicked {} times", self.kicks + 1) },
            (s, Event::Kick) => { self.kicks += 1; s }
            (State::Idle, Event::Coin(c @ (5 | 10 | 25 | 100))) => State::Collecting { credit: c },
            (State::Idle, Event::Coin(bad)) => { self.log.push(format!("rejected coin {bad}")); State::Idle }
            (State::Collecting { credit }, Event::Coin(c)) if credit + c > 300 => {
                self.log.push(format!("credit limit, returning {c}"));
                State::Collecting { credit }
            }
            (State::Collecting { credit }, Event::Coin(c)) => State::Collecting { credit: credit + c },
            (State::Collecting { credit }, Event::Select(slot)) => match self.price_of(slot) {
                None => { self.log.push(format!("no slot {slot:?}")); State::Collecting { credit } }
                Some((_, 0)) => { self.log.push(format!("slot {slot} empty")); State::Collecting { credit } }
                Some((price, _)) if price > credit => {
                    self.log.push(format!("need {} more", price - credit));
                    State::Collecting { credit }
                }
                Some((price, _)) => {
                    if let Some(entry) = self.stock.iter_mut().find(|e| e.0 == slot) { entry.2 -= 1; }
                    State::Dispensing { slot, change: credit - price }
                }
            },
            (State::Collecting { credit }, Event::Cancel) => { self.log.push(format!("refund {credit}")); State::Idle }
            (State::Dispensing { .. }, _) => State::Idle,
            (s, e) => { self.log.push(format!("ignored {e:?} in {s}")); s }
        };
        println!("{:<12} -> {}", format!("{:?}", ev), new);
        self.state = new;
    }
}

fn main() {
    let mut m = Machine {
        state: State::Idle,
        stock: [('A', 125, 2), ('B', 90, 0), ('C', 40, 5)],
        log: Vec::new(),
        kicks: 0,
    };
    use Event::*;
    let script = [
        Coin(3), Coin(100), Select('B'), Select('A'), Coin(25), Select('A'), Cancel,
        Coin(25), Coin(25), Select('C'), Coin(10), Select('Z'), Coin(100), Coin(100), Coin(100), Cancel,
        Select('A'), Kick, Kick, Kick, Coin(25), Service, Coin(100), Coin(25), Select('A'), Coin(5),
    ];
    for ev in script { m.step(ev); }
    println!("--- log ({} entries) ---", m.log.len());
    for (i, line) in m.log.iter().enumerate() { println!("{:>3}. {}", i + 1, line); }
    let remaining: Vec<String> = m.stock.iter().map(|(s, p, n)| format!("{s}:{n}@{p}")).collect();
    println!("stock: {}", remaining.join(", "));
    println!("final: {:?}", m.state);
}
