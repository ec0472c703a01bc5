use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Collecting { cents: u32 },
    Dispensing { item: String, change: u32 },
    OutOfService(String),
}

#[derive(Debug, Clone, Copy)]
enum Input<'a> {
    Coin(u32),
    Select(&'a str),
    Cancel,
    Take,
    Service(bool),
}

trait Machine {
    type Event<'a>;
    fn on(&mut self, ev: Self::Event<'_>) -> Result<(), String>;
    fn label(&self) -> String;
}

struct Vending {
    state: State,
    prices: BTreeMap<&'static str, u32>,
    stock: BTreeMap<&'static str, u32>,
    bank: u32,
}

impl State {
    fn accepts_coins(&self) -> bool {
        matches!(self, State::Idle | State::Collecting { .. })
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => f.pad("idle"),
            State::Collecting { cents } => f.pad(&format!("collecting({}.{:02})", cents / 100, cents % 100)),
            State::Dispensing { item, change } => f.pad(&format!("dispensing({item}, change {change})")),
            State::OutOfService(why) => f.pad(&format!("OOS: {why}")),
        }
    }
}

impl Machine for Vending {
    type Event<'a> = Input<'a>;
    fn on(&mut self, ev: Input<'_>) -> Result<(), String> {
        let next = match (&self.state, ev) {
            (s, Input::Coin(c)) if s.accepts_coins() => {
                if ![5, 10, 25, 100].contains(&c) {
                    return Err(format!("rejected coin {c}"));
                }
                let have = if let State::Collecting { cents } = s { *cents } else { 0 };
                State::Collecting { cents: have + c }
            }
            (State::Collecting { cents }, Input::Select(name)) => {
                let (&key, &price) = self.prices.get_key_value(name).ok_or_else(|| format!("no such item {name:?}"))?;
                let left = self.stock.get_mut(key).filter(|n| **n > 0).ok_or(format!("{key} sold out"))?;
                if *cents < price {
                    return Err(format!("{key} costs {price}, inserted {cents}"));
                }
                *left -= 1;
                self.bank += price;
                State::Dispensing { item: key.to_string(), change: cents - price }
            }
            (State::Collecting { .. }, Input::Cancel) => State::Idle,
            (State::Dispensing { .. }, Input::Take) => State::Idle,
            (_, Input::Service(true)) => State::OutOfService("maintenance".into()),
            (State::OutOfService(_), Input::Service(false)) => State::Idle,
            (s, e) => return Err(format!("event {:?} invalid in state {}", e, s)),
        };
        self.state = next;
        Ok(())
    }
    fn label(&self) -> String {
        format!("[{:<32}] bank={:>4}", self.state, self.bank)
    }
}

fn main() {
    let mut m = Vending {
        state: State::Idle,
        prices: BTreeMap::from([("chips", 75), ("soda", 125), ("gum", 35)]),
        stock: BTreeMap::from([("chips", 2), ("soda", 1), ("gum", 0)]),
        bank: 0,
    };
    let script = [
        Input::Coin(25), Input::Coin(3), Input::Coin(100), Input::Select("soda"), Input::Take,
        Input::Coin(100), Input::Select("soda"), Input::Select("gum"), Input::Select("tea"), Input::Select("chips"),
        Input::Coin(5), Input::Take, Input::Take, Input::Service(true), Input::Coin(25), Input::Service(false),
        Input::Coin(10), Input::Cancel,
    ];
    let mut errors = 0;
    for (i, ev) in script.iter().enumerate() {
        match m.on(*ev) {
            Ok(()) => println!("{:>2} {:<16} -> {}", i, format!("{:?}", ev), m.label()),
            Err(e) => {
                errors += 1;
                println!("{:>2} {:<16} !! {}", i, format!("{:?}", ev), e);
            }
        }
    }
    println!("stock left: {:?}", m.stock);
    println!("errors: {errors}, final state idle: {}", m.state == State::Idle);
    let audit_expected = 150;
    if m.bank != audit_expected {
        panic!("audit failed: bank holds {} cents but ledger expects {} (diff {:+})", m.bank, audit_expected, m.bank as i64 - audit_expected as i64);
    }
    println!("audit ok");
}
