// A local state machine driven through &mut self, using mem::replace on self.
use std::mem;

#[derive(Debug, PartialEq)]
enum State {
    Idle,
    Reading { buf: Vec<u8> },
    Number { digits: String },
    Done(Vec<u64>),
}

struct Parser {
    state: State,
    numbers: Vec<u64>,
    errors: u32,
}

impl Parser {
    fn new() -> Self {
        Parser { state: State::Idle, numbers: Vec::new(), errors: 0 }
    }

    fn feed(&mut self, byte: u8) {
        let old = mem::replace(&mut self.state, State::Idle);
        self.state = match (old, byte) {
            (State::Idle, b'0'..=b'9') => State::Number { digits: (byte as char).to_string() },
            (State::Idle, b' ') => State::Idle,
            (State::Idle, other) => State::Reading { buf: vec![other] },
            (State::Number { mut digits }, b'0'..=b'9') => {
                digits.push(byte as char);
                State::Number { digits }
            }
            (State::Number { digits }, _) => {
                self.numbers.push(digits.parse().unwrap());
                if byte == b' ' { State::Idle } else { State::Reading { buf: vec![byte] } }
            }
            (State::Reading { mut buf }, b' ') => {
                self.errors += 1;
                buf.clear();
                State::Idle
            }
            (State::Reading { mut buf }, other) => {
                buf.push(other);
                State::Reading { buf }
            }
            (State::Done(v), _) => State::Done(v),
        };
    }

    fn finish(&mut self) -> &[u64] {
        if let State::Number { digits } = &self.state {
            self.numbers.push(digits.parse().unwrap());
        }
        let nums = mem::take(&mut self.numbers);
        self.state = State::Done(nums);
        match &self.state {
            State::Done(v) => v,
            _ => unreachable!(),
        }
    }

    fn state_name(&self) -> &'static str {
        match self.state {
            State::Idle => "Idle",
            State::Reading { .. } => "Reading",
            State::Number { .. } => "Number",
            State::Done(_) => "Done",
        }
    }
}

fn main() {
    let inputs = ["12 7 abc 305 x 9", "  42  ", "hello world 1 22 333"];
    for (k, text) in inputs.iter().enumerate() {
        let mut p = Parser::new();
        let mut transitions = Vec::new();
        let mut last = p.state_name();
        for &b in text.as_bytes() {
            p.feed(b);
            let now = p.state_name();
            if now != last {
                transitions.push(format!("{}->{}", last, now));
                last = now;
            }
        }
        println!("input {}: {:?}", k, text);
        println!("  transitions: {}", transitions.join(" "));
        let errors = p.errors;
        let nums = p.finish().to_vec();
        println!("  numbers = {:?}, errors = {}", nums, errors);
        println!("  final state = {}, is done: {}", p.state_name(), p.state == State::Done(nums.clone()));
        p.feed(b'5');
        println!("  after feeding more: {}", p.state_name());
    }

    // Several parsers in a local array, fed round-robin through &mut.
    let mut parsers = [Parser::new(), Parser::new(), Parser::new()];
    let stream = b"1 2 3 44 55 66 777 888 999 ";
    for (i, &b) in stream.iter().enumerate() {
        let p = &mut parsers[i % 3];
        p.feed(b);
    }
    for (i, p) in parsers.iter_mut().enumerate() {
        let errors = p.errors;
        println!("parser {} -> {:?} errors {}", i, p.finish(), errors);
    }
}
