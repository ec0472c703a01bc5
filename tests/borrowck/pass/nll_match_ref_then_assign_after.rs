#[derive(Debug)]
enum State {
    Idle,
    Busy(u32),
}

struct Machine {
    state: State,
}

fn main() {
    let mut m = Machine { state: State::Busy(3) };
    let next = match &m.state {
        State::Busy(n) if *n > 1 => State::Busy(n - 1),
        State::Busy(_) => State::Idle,
        State::Idle => State::Idle,
    };
    m.state = next;
    println!("{:?}", m.state);
}
