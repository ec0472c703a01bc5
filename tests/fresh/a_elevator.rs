// Elevator controller: requests in a BTreeSet, direction state, and a trace of moves.
use std::collections::BTreeSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
    Idle,
}

struct Elevator {
    floor: i32,
    dir: Dir,
    stops: BTreeSet<i32>,
    travelled: u32,
}

impl fmt::Display for Elevator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let arrow = match self.dir {
            Dir::Up => '^',
            Dir::Down => 'v',
            Dir::Idle => '-',
        };
        write!(f, "[{:>2}{}] pending {:?}", self.floor, arrow, self.stops)
    }
}

impl Elevator {
    fn request(&mut self, floor: i32) {
        if floor != self.floor || self.dir != Dir::Idle {
            self.stops.insert(floor.clamp(-1, 12));
        }
    }

    fn choose_dir(&self) -> Dir {
        let above = self.stops.range(self.floor + 1..).next().is_some();
        let below = self.stops.range(..self.floor).next_back().is_some();
        match (self.dir, above, below) {
            (Dir::Up, true, _) | (Dir::Idle, true, false) => Dir::Up,
            (Dir::Down, _, true) | (Dir::Idle, false, true) => Dir::Down,
            (_, true, _) => Dir::Up,
            (_, _, true) => Dir::Down,
            _ => Dir::Idle,
        }
    }

    fn tick(&mut self) -> Option<i32> {
        if self.stops.remove(&self.floor) {
            return Some(self.floor);
        }
        self.dir = self.choose_dir();
        match self.dir {
            Dir::Up => self.floor += 1,
            Dir::Down => self.floor -= 1,
            Dir::Idle => return None,
        }
        self.travelled += 1;
        None
    }
}

fn main() {
    let mut e = Elevator { floor: 0, dir: Dir::Idle, stops: BTreeSet::new(), travelled: 0 };
    let schedule: Vec<(u32, Vec<i32>)> = vec![(0, vec![5, 2]), (3, vec![1]), (6, vec![8, 20]), (14, vec![-3, 4])];
    let mut opened = Vec::new();
    for t in 0..40u32 {
        if let Some((_, floors)) = schedule.iter().find(|(at, _)| *at == t) {
            floors.iter().for_each(|&f| e.request(f));
            println!("t={:>2} requests {:?} -> {}", t, floors, e);
        }
        if let Some(f) = e.tick() {
            opened.push(f);
            println!("t={:>2} doors open at {}", t, f);
        }
        if e.dir == Dir::Idle && e.stops.is_empty() && t > 14 {
            println!("t={:>2} idle {}", t, e);
            break;
        }
    }
    println!("visit order: {:?}", opened);
    println!("floors travelled: {}", e.travelled);
}
