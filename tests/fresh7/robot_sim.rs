use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    const ALL: [Direction; 4] = [Direction::North, Direction::East, Direction::South, Direction::West];

    fn turn(self, steps: i32) -> Direction {
        let idx = (self as i32 + steps).rem_euclid(4) as usize;
        Self::ALL[idx]
    }

    fn delta(self) -> (i32, i32) {
        match self {
            Direction::North => (0, 1),
            Direction::East => (1, 0),
            Direction::South => (0, -1),
            Direction::West => (-1, 0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Robot {
    x: i32,
    y: i32,
    facing: Direction,
}

impl Robot {
    fn new(x: i32, y: i32, facing: Direction) -> Self {
        Robot { x, y, facing }
    }

    #[must_use]
    fn turn_right(self) -> Self {
        Robot { facing: self.facing.turn(1), ..self }
    }

    #[must_use]
    fn turn_left(self) -> Self {
        Robot { facing: self.facing.turn(-1), ..self }
    }

    #[must_use]
    fn advance(self) -> Self {
        let (dx, dy) = self.facing.delta();
        Robot { x: self.x + dx, y: self.y + dy, ..self }
    }

    fn step(self, c: char) -> Result<Self, char> {
        match c {
            'R' => Ok(self.turn_right()),
            'L' => Ok(self.turn_left()),
            'A' => Ok(self.advance()),
            other => Err(other),
        }
    }

    fn instructions(self, cmds: &str) -> Result<Self, String> {
        cmds.chars().try_fold(self, |r, c| r.step(c).map_err(|bad| format!("bad instruction {:?}", bad)))
    }

    fn trail(self, cmds: &str) -> impl Iterator<Item = Robot> + '_ {
        cmds.chars().scan(self, |r, c| {
            *r = r.step(c).ok()?;
            Some(*r)
        })
    }
}

fn main() {
    let start = Robot::new(7, 3, Direction::North);
    println!("start: {:?}", start);
    let programs = ["RAALAL", "LAAARALA", "RRAAAAALA", "AAAAARRRRA", "ALALALAL", "RAXA"];
    for p in programs {
        match start.instructions(p) {
            Ok(end) => println!("{:<12} -> ({:>2}, {:>2}) facing {:?}", p, end.x, end.y, end.facing),
            Err(e) => println!("{:<12} -> error: {}", p, e),
        }
    }

    let trail: Vec<(i32, i32)> = start.trail("RAALALAAAR").map(|r| (r.x, r.y)).collect();
    println!("trail: {:?}", trail);
    let distinct: BTreeSet<(i32, i32)> = trail.iter().copied().collect();
    println!("distinct cells visited: {} of {}", distinct.len(), trail.len());
    let partial: Vec<Direction> = start.trail("RRXRR").map(|r| r.facing).collect();
    println!("trail stops at bad command: {:?}", partial);

    for d in Direction::ALL {
        println!("{:?}: right={:?} left={:?} reverse={:?} delta={:?}", d, d.turn(1), d.turn(-1), d.turn(2), d.delta());
    }
    assert_eq!(Direction::West.turn(5), Direction::North);

    // Advent-of-Code style: find first position visited twice
    let mut r = Robot::new(0, 0, Direction::North);
    let mut seen = BTreeSet::from([(0, 0)]);
    let route = "AARAARAAARAARAAA";
    let mut repeat = None;
    for c in route.chars() {
        r = r.step(c).unwrap();
        if c == 'A' && !seen.insert((r.x, r.y)) {
            repeat = Some((r.x, r.y));
            break;
        }
    }
    println!("first repeated cell: {:?}, manhattan = {:?}", repeat, repeat.map(|(x, y): (i32, i32)| x.abs() + y.abs()));
    println!("seen cells: {:?}", seen);
    let mut dirs = vec![Direction::West, Direction::North, Direction::South, Direction::East];
    dirs.sort();
    println!("sorted directions: {:?}", dirs);
}
