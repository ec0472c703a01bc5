#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Selecting { credit: u32 },
    Dispensing { item: u8, change: u32 },
    OutOfService,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin(u32),
    Select(u8),
    Cancel,
    Taken,
    Kick,
}

struct Machine {
    state: State,
    stock: [u32; 3],
    prices: [u32; 3],
    kicks: u32,
}

impl Machine {
    fn step(&mut self, event: Event) -> Option<String> {
        use Event::*;
        use State::*;
        let (next, msg) = match (self.state, event) {
            (OutOfService, _) => (OutOfService, None),
            (_, Kick) if self.kicks >= 2 => (OutOfService, Some("machine broke down".to_string())),
            (s, Kick) => {
                self.kicks += 1;
                (s, Some(format!("ouch ({} kicks)", self.kicks)))
            }
            (Idle, Coin(c)) | (Selecting { credit: c }, Coin(0)) => (Selecting { credit: c }, None),
            (Selecting { credit }, Coin(c)) if credit + c > 500 => {
                (Selecting { credit }, Some(format!("rejected coin {c}, credit would exceed 500")))
            }
            (Selecting { credit }, Coin(c)) => (Selecting { credit: credit + c }, None),
            (Selecting { .. }, Select(i)) if i as usize >= self.stock.len() => {
                (self.state, Some(format!("no slot {i}")))
            }
            (Selecting { .. }, Select(i)) if self.stock[i as usize] == 0 => {
                (self.state, Some(format!("slot {i} sold out")))
            }
            (Selecting { credit }, Select(i)) => {
                let price = self.prices[i as usize];
                if credit >= price {
                    self.stock[i as usize] -= 1;
                    (Dispensing { item: i, change: credit - price }, Some(format!("vending slot {i}")))
                } else {
                    (Selecting { credit }, Some(format!("need {} more", price - credit)))
                }
            }
            (Selecting { credit }, Cancel) => (Idle, Some(format!("returned {credit}"))),
            (Dispensing { item, change: ch @ 1.. }, Taken) => (Idle, Some(format!("took item {item} and change {ch}"))),
            (Dispensing { item, .. }, Taken) => (Idle, Some(format!("took item {item}"))),
            (s, e) => (s, Some(format!("ignored {e:?} while {s:?}"))),
        };
        self.state = next;
        msg
    }
}

fn main() {
    let mut m = Machine { state: State::Idle, stock: [2, 0, 5], prices: [150, 100, 275], kicks: 0 };
    let events = [
        Event::Select(0),
        Event::Coin(100),
        Event::Select(0),
        Event::Coin(100),
        Event::Select(1),
        Event::Select(7),
        Event::Select(0),
        Event::Coin(5),
        Event::Taken,
        Event::Coin(200),
        Event::Coin(200),
        Event::Coin(200),
        Event::Cancel,
        Event::Coin(300),
        Event::Select(2),
        Event::Kick,
        Event::Taken,
        Event::Coin(150),
        Event::Select(0),
        Event::Taken,
        Event::Coin(150),
        Event::Select(0),
        Event::Kick,
        Event::Kick,
        Event::Coin(50),
    ];
    for (n, ev) in events.iter().enumerate() {
        let msg = m.step(*ev);
        let note = msg.as_deref().unwrap_or("-");
        println!("{n:>2}: {:<12} -> {:<40} {note}", format!("{ev:?}"), format!("{:?}", m.state));
    }
    println!("final stock {:?}", m.stock);
}
