// Turnstile with a u8 passage counter; the daily counter overflows on a busy day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, Copy)]
enum Action {
    Coin,
    Push,
}

struct Turnstile {
    state: State,
    passed: u8,
    coins: u8,
    alarms: u16,
}

impl Turnstile {
    fn act(&mut self, a: Action) -> State {
        self.state = match (self.state, a) {
            (State::Locked, Action::Coin) => {
                self.coins += 1;
                State::Unlocked
            }
            (State::Locked, Action::Push) => {
                self.alarms += 1;
                State::Locked
            }
            (State::Unlocked, Action::Coin) => {
                self.coins += 1; // thank you for the donation
                State::Unlocked
            }
            (State::Unlocked, Action::Push) => {
                self.passed += 1;
                State::Locked
            }
        };
        self.state
    }
}

fn actions_for_hour(hour: u32) -> Vec<Action> {
    let visitors = match hour {
        7..=9 => 40,
        12 => 25,
        16..=18 => 35,
        _ => 5,
    };
    let mut v = Vec::new();
    for i in 0..visitors {
        v.push(Action::Coin);
        v.push(Action::Push);
        if i % 10 == 9 {
            v.push(Action::Push);
        }
    }
    v
}

fn main() {
    let mut t = Turnstile { state: State::Locked, passed: 0, coins: 0, alarms: 0 };
    let demo = [Action::Push, Action::Coin, Action::Coin, Action::Push, Action::Push];
    let states: Vec<State> = demo.iter().map(|&a| t.act(a)).collect();
    println!("demo: {:?}", states);
    println!("passed={} coins={} alarms={}", t.passed, t.coins, t.alarms);

    t = Turnstile { state: State::Locked, passed: 0, coins: 0, alarms: 0 };
    for hour in 6..22 {
        let before = t.passed;
        for a in actions_for_hour(hour) {
            t.act(a);
        }
        println!("{:02}:00  +{:<3} total {:>3}  alarms {}", hour, t.passed - before, t.passed, t.alarms);
    }
    println!("end of day: {} people", t.passed);
}
