use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Coin {
    Nickel = 5,
    Dime = 10,
    Quarter = 25,
    Dollar = 100,
}

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Collecting { credit: u32 },
    Dispensing { slot: char, change: u32 },
    OutOfService(String),
}

#[derive(Debug)]
enum Input {
    Insert(Coin),
    Select(char),
    Cancel,
    Service,
}

struct Machine {
    state: State,
    stock: BTreeMap<char, (&'static str, u32, u8)>,
    bank: u32,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => f.write_str("IDLE"),
            State::Collecting { credit } => write!(f, "CREDIT {}c", credit),
            State::Dispensing { slot, change } => write!(f, "DISPENSE {} (change {}c)", slot, change),
            State::OutOfService(why) => write!(f, "OOS: {}", why),
        }
    }
}

fn make_change(mut amount: u32) -> Vec<Coin> {
    let mut coins = vec![];
    for c in [Coin::Dollar, Coin::Quarter, Coin::Dime, Coin::Nickel] {
        while amount >= c as u32 {
            coins.push(c);
            amount -= c as u32;
        }
    }
    coins
}

impl Machine {
    fn handle(&mut self, input: Input) -> Result<(), String> {
        let next = match (&self.state, input) {
            (State::OutOfService(_), Input::Service) => State::Idle,
            (State::OutOfService(why), _) => return Err(format!("machine out of service ({})", why)),
            (_, Input::Service) => State::OutOfService("maintenance".into()),
            (State::Idle, Input::Insert(c)) | (State::Dispensing { .. }, Input::Insert(c)) => State::Collecting { credit: c as u32 },
            (State::Collecting { credit }, Input::Insert(c)) => State::Collecting { credit: credit + c as u32 },
            (State::Collecting { credit }, Input::Cancel) => {
                println!("    refund {:?}", make_change(*credit));
                State::Idle
            }
            (State::Collecting { credit }, Input::Select(slot)) => {
                let credit = *credit;
                let entry = self.stock.get_mut(&slot).ok_or(format!("no slot {}", slot))?;
                let (name, price, count) = *entry;
                if count == 0 {
                    return Err(format!("{} sold out", name));
                }
                if credit < price {
                    return Err(format!("{} costs {}c, need {}c more", name, price, price - credit));
                }
                entry.2 -= 1;
                self.bank += price;
                State::Dispensing { slot, change: credit - price }
            }
            (s, i) => return Err(format!("cannot {:?} while {}", i, s)),
        };
        self.state = next;
        Ok(())
    }
}

fn main() {
    let mut m = Machine {
        state: State::Idle,
        stock: BTreeMap::from([('A', ("chips", 125, 2)), ('B', ("soda", 150, 1)), ('C', ("gum", 35, 0))]),
        bank: 0,
    };
    let script = vec![
        Input::Select('A'),
        Input::Insert(Coin::Dollar),
        Input::Select('A'),
        Input::Insert(Coin::Quarter),
        Input::Insert(Coin::Dime),
        Input::Select('A'),
        Input::Insert(Coin::Dollar),
        Input::Insert(Coin::Dollar),
        Input::Select('C'),
        Input::Select('Z'),
        Input::Select('B'),
        Input::Insert(Coin::Quarter),
        Input::Insert(Coin::Nickel),
        Input::Cancel,
        Input::Service,
        Input::Insert(Coin::Dime),
        Input::Service,
        Input::Cancel,
    ];
    for (i, input) in script.into_iter().enumerate() {
        let shown = format!("{:?}", input);
        match m.handle(input) {
            Ok(()) => println!("{:>2} {:<16} -> {}", i, shown, m.state),
            Err(e) => println!("{:>2} {:<16} !! {}", i, shown, e),
        }
        if let State::Dispensing { change, .. } = m.state {
            if change > 0 {
                println!("    change: {:?}", make_change(change));
            }
        }
    }
    println!("bank: {}c", m.bank);
    for (slot, (name, price, left)) in &m.stock {
        println!("{} {:<6} {:>4}c x{}", slot, name, price, left);
    }
    println!("is idle? {}", matches!(m.state, State::Idle));
}
