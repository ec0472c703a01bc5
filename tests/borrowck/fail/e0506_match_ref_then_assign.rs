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
    match &m.state {
        State::Busy(n) => {
            m.state = State::Idle;
            println!("was busy with {}", n);
        }
        State::Idle => println!("idle"),
    }
    println!("{:?}", m.state);
}
