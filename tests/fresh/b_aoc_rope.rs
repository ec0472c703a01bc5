use std::collections::HashSet;
use std::str::FromStr;

const MOVES: &str = "R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20";

#[derive(Debug, Clone, Copy)]
enum Dir { Up, Down, Left, Right }

#[derive(Debug)]
struct Move { dir: Dir, steps: u32 }

impl FromStr for Move {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (d, n) = s.split_once(' ').ok_or_else(|| format!("no space in {:?}", s))?;
        let dir = match d {
            "U" => Dir::Up,
            "D" => Dir::Down,
            "L" => Dir::Left,
            "R" => Dir::Right,
            other => return Err(format!("unknown direction {}", other)),
        };
        let steps = n.parse().map_err(|e| format!("{}: {}", n, e))?;
        Ok(Move { dir, steps })
    }
}

fn follow(head: (i32, i32), tail: (i32, i32)) -> (i32, i32) {
    let dx = head.0 - tail.0;
    let dy = head.1 - tail.1;
    if dx.abs() <= 1 && dy.abs() <= 1 {
        tail
    } else {
        (tail.0 + dx.signum(), tail.1 + dy.signum())
    }
}

fn simulate(moves: &[Move], knots: usize) -> usize {
    let mut rope = vec![(0i32, 0i32); knots];
    let mut visited: HashSet<(i32, i32)> = HashSet::new();
    visited.insert((0, 0));
    for m in moves {
        for _ in 0..m.steps {
            let head = &mut rope[0];
            match m.dir {
                Dir::Up => head.1 += 1,
                Dir::Down => head.1 -= 1,
                Dir::Left => head.0 -= 1,
                Dir::Right => head.0 += 1,
            }
            for i in 1..knots {
                rope[i] = follow(rope[i - 1], rope[i]);
            }
            visited.insert(*rope.last().unwrap());
        }
    }
    let mut sorted: Vec<_> = visited.iter().copied().collect();
    sorted.sort();
    println!("  knots={} first visited: {:?}", knots, &sorted[..3]);
    visited.len()
}

fn main() {
    let moves: Vec<Move> = MOVES.lines().map(|l| l.parse().unwrap()).collect();
    println!("{} moves, first = {:?}", moves.len(), moves[0]);
    println!("part 1: {}", simulate(&moves, 2));
    println!("part 2: {}", simulate(&moves, 10));
    let bad: Result<Move, _> = "X 3".parse::<Move>();
    println!("bad move: {:?}", bad);
    println!("bad count: {:?}", "U x".parse::<Move>());
}
