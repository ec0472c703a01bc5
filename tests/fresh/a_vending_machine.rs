// Vending machine: states with data, coins, selection, change making with a greedy algorithm.
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    HasMoney(u32),
    Vending { item: String, change: u32 },
    OutOfOrder(String),
}

#[derive(Debug)]
enum Input<'a> {
    Coin(u32),
    Select(&'a str),
    Cancel,
    Kick,
}

struct Machine {
    state: State,
    stock: BTreeMap<String, (u32, u32)>, // name -> (price, count)
    bank: u32,
}

fn make_change(mut amount: u32) -> Vec<u32> {
    let mut coins = Vec::new();
    for coin in [200, 100, 50, 20, 10, 5] {
        while amount >= coin {
            coins.push(coin);
            amount -= coin;
        }
    }
    coins
}

impl Machine {
    fn step(&mut self, input: Input) {
        let state = std::mem::replace(&mut self.state, State::Idle);
        self.state = match (state, input) {
            (State::OutOfOrder(why), _) => State::OutOfOrder(why),
            (_, Input::Kick) => State::OutOfOrder("machine was kicked".to_string()),
            (State::Idle, Input::Coin(c)) | (State::Vending { .. }, Input::Coin(c)) => State::HasMoney(c),
            (State::HasMoney(m), Input::Coin(c)) => State::HasMoney(m + c),
            (State::HasMoney(m), Input::Cancel) => {
                println!("    returning {:?}", make_change(m));
                State::Idle
            }
            (State::HasMoney(m), Input::Select(name)) => match self.stock.get_mut(name) {
                None => {
                    println!("    unknown item {:?}", name);
                    State::HasMoney(m)
                }
                Some((_, 0)) => {
                    println!("    {} sold out", name);
                    State::HasMoney(m)
                }
                Some((price, _)) if *price > m => {
                    println!("    need {} more", *price - m);
                    State::HasMoney(m)
                }
                Some((price, count)) => {
                    *count -= 1;
                    self.bank += *price;
                    State::Vending { item: name.to_string(), change: m - *price }
                }
            },
            (s, other) => {
                println!("    ignored {:?}", other);
                s
            }
        };
        if let State::Vending { item, change } = &self.state {
            println!("    >> dispensing {} with change {:?}", item, make_change(*change));
        }
    }
}

fn main() {
    let mut m = Machine { state: State::Idle, stock: BTreeMap::new(), bank: 0 };
    m.stock.insert("cola".into(), (150, 2));
    m.stock.insert("chips".into(), (95, 1));
    m.stock.insert("gum".into(), (35, 0));
    let inputs = vec![
        Input::Select("cola"),
        Input::Coin(100),
        Input::Select("cola"),
        Input::Coin(100),
        Input::Select("cola"),
        Input::Coin(200),
        Input::Select("gum"),
        Input::Select("tea"),
        Input::Select("chips"),
        Input::Coin(20),
        Input::Coin(5),
        Input::Cancel,
        Input::Kick,
        Input::Coin(50),
    ];
    for input in inputs {
        println!("{:<16} state={:?}", format!("{:?}", input), m.state);
        m.step(input);
    }
    println!("final state: {:?}", m.state);
    println!("bank: {}.{:02}", m.bank / 100, m.bank % 100);
    for (name, (price, count)) in &m.stock {
        println!("{:>6} {:>4} x{}", name, price, count);
    }
}
