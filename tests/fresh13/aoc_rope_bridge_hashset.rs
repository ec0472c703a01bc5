use std::collections::HashSet;
use std::str::FromStr;

const INPUT: &str = "R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2";

const LARGER: &str = "R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Move {
    dir: Dir,
    steps: u32,
}

impl FromStr for Move {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (d, n) = s.split_once(' ').ok_or_else(|| format!("no space in {s:?}"))?;
        let dir = match d {
            "U" => Dir::Up,
            "D" => Dir::Down,
            "L" => Dir::Left,
            "R" => Dir::Right,
            _ => return Err(format!("bad direction {d:?}")),
        };
        let steps = n.parse().map_err(|e| format!("bad count {n:?}: {e}"))?;
        Ok(Move { dir, steps })
    }
}

fn follow(head: (i32, i32), tail: (i32, i32)) -> (i32, i32) {
    let (dx, dy) = (head.0 - tail.0, head.1 - tail.1);
    if dx.abs() <= 1 && dy.abs() <= 1 {
        tail
    } else {
        (tail.0 + dx.signum(), tail.1 + dy.signum())
    }
}

fn simulate(moves: &[Move], knots: usize) -> (usize, Vec<(i32, i32)>) {
    let mut rope = vec![(0i32, 0i32); knots];
    let mut visited: HashSet<(i32, i32)> = HashSet::from([(0, 0)]);
    for m in moves {
        let (dx, dy) = match m.dir {
            Dir::Up => (0, 1),
            Dir::Down => (0, -1),
            Dir::Left => (-1, 0),
            Dir::Right => (1, 0),
        };
        for _ in 0..m.steps {
            rope[0] = (rope[0].0 + dx, rope[0].1 + dy);
            for i in 1..knots {
                rope[i] = follow(rope[i - 1], rope[i]);
            }
            visited.insert(*rope.last().unwrap());
        }
    }
    (visited.len(), rope)
}

fn parse(input: &str) -> Result<Vec<Move>, String> {
    input.lines().map(str::parse).collect()
}

fn main() {
    for (name, input) in [("small", INPUT), ("larger", LARGER), ("bad", "R 2\nX 3"), ("bad2", "U two")] {
        let moves = match parse(input) {
            Ok(m) => m,
            Err(e) => {
                println!("{name}: parse error: {e}");
                continue;
            }
        };
        let total_steps: u32 = moves.iter().map(|m| m.steps).sum();
        let (p1, rope2) = simulate(&moves, 2);
        let (p2, rope10) = simulate(&moves, 10);
        println!("{name}: {} moves, {total_steps} steps; part1={p1} part2={p2}", moves.len());
        println!("  final 2-knot rope: {rope2:?}");
        println!("  final tail of 10-knot rope: {:?}", rope10.last().unwrap());
    }
    let (a, _) = simulate(&parse(INPUT).unwrap(), 2);
    let (b, _) = simulate(&parse(LARGER).unwrap(), 10);
    assert_eq!((a, b), (13, 36));
    println!("rope asserts ok");
}
