use std::collections::BTreeSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction { Up, Down, Idle }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Door { Open(u8), Closed }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Request { Call(i32), Cabin(i32) }

impl Request {
    fn floor(self) -> i32 { match self { Request::Call(f) | Request::Cabin(f) => f } }
}

struct Elevator {
    floor: i32,
    dir: Direction,
    door: Door,
    stops: BTreeSet<i32>,
    moves: u32,
    visited: Vec<i32>,
}

const MIN_FLOOR: i32 = -2;
const MAX_FLOOR: i32 = 9;

impl Elevator {
    fn request(&mut self, r: Request) -> Result<(), String> {
        match r.floor() {
            f if !(MIN_FLOOR..=MAX_FLOOR).contains(&f) => Err(format!("{:?} rejected: no such floor", r)),
            f if f == self.floor && self.door != Door::Closed => Err(format!("{:?} ignored: already here", r)),
            f => { self.stops.insert(f); Ok(()) }
        }
    }

    fn tick(&mut self) {
        if let Door::Open(n) = self.door {
            self.door = if n > 1 { Door::Open(n - 1) } else { Door::Closed };
            return;
        }
        if self.stops.remove(&self.floor) {
            self.door = Door::Open(2);
            self.visited.push(self.floor);
            return;
        }
        let above = self.stops.range(self.floor + 1..).next().copied();
        let below = self.stops.range(..self.floor).next_back().copied();
        self.dir = match (self.dir, above, below) {
            (Direction::Up, Some(_), _) | (Direction::Idle, Some(_), None) => Direction::Up,
            (Direction::Down, _, Some(_)) | (Direction::Idle, None, Some(_)) => Direction::Down,
            (Direction::Idle, Some(a), Some(b)) => if a - self.floor <= self.floor - b { Direction::Up } else { Direction::Down },
            (_, Some(_), None) => Direction::Up,
            (_, None, Some(_)) => Direction::Down,
            (_, None, None) => Direction::Idle,
        };
        match self.dir {
            Direction::Up => self.floor += 1,
            Direction::Down => self.floor -= 1,
            Direction::Idle => return,
        }
        self.moves += 1;
    }
}

impl fmt::Display for Elevator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shaft: String = (MIN_FLOOR..=MAX_FLOOR)
            .map(|fl| match (fl == self.floor, self.stops.contains(&fl)) {
                (true, _) if matches!(self.door, Door::Open(_)) => 'O',
                (true, _) => 'E',
                (false, true) => '+',
                (false, false) => '.',
            })
            .collect();
        write!(f, "{} floor {:>2} {:<5}", shaft, self.floor, format!("{:?}", self.dir))
    }
}

fn main() {
    let mut e = Elevator { floor: 0, dir: Direction::Idle, door: Door::Closed, stops: BTreeSet::new(), moves: 0, visited: vec![] };
    let script: Vec<(u32, Request)> = vec![
        (0, Request::Call(3)), (0, Request::Cabin(-1)), (2, Request::Cabin(7)), (4, Request::Call(12)),
        (6, Request::Call(1)), (9, Request::Cabin(5)), (15, Request::Call(-2)), (22, Request::Cabin(7)),
    ];
    let mut pending = script.iter().peekable();
    for t in 0..40u32 {
        while let Some((_, r)) = pending.next_if(|(at, _)| *at == t) {
            match e.request(*r) {
                Ok(()) => println!("t={:>2} accepted {:?}", t, r),
                Err(msg) => println!("t={:>2} {}", t, msg),
            }
        }
        e.tick();
        println!("t={:>2} {} door={:?} stops={:?}", t, e, e.door, e.stops);
        if e.stops.is_empty() && e.door == Door::Closed && pending.peek().is_none() {
            println!("idle at t={}", t);
            break;
        }
    }
    println!("visited {:?} in {} moves", e.visited, e.moves);
    let mut reqs: Vec<Request> = script.iter().map(|(_, r)| *r).collect();
    reqs.sort();
    println!("sorted requests: {:?}", reqs);
}
