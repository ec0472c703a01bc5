use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn right(self) -> Self {
        use Direction::*;
        match self { North => East, East => South, South => West, West => North }
    }
    fn left(self) -> Self {
        self.right().right().right()
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

#[derive(Debug, Clone, Copy, PartialEq)]
struct Robot {
    x: i32,
    y: i32,
    d: Direction,
}

impl fmt::Display for Robot {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:>3},{:>3}) facing {:?}", self.x, self.y, self.d)
    }
}

impl Robot {
    fn new(x: i32, y: i32, d: Direction) -> Self {
        Robot { x, y, d }
    }

    fn turn_right(self) -> Self { Robot { d: self.d.right(), ..self } }
    fn turn_left(self) -> Self { Robot { d: self.d.left(), ..self } }

    fn advance(self) -> Self {
        let (dx, dy) = self.d.delta();
        Robot { x: self.x + dx, y: self.y + dy, ..self }
    }

    fn step(self, c: char) -> Result<Self, String> {
        match c {
            'R' => Ok(self.turn_right()),
            'L' => Ok(self.turn_left()),
            'A' => Ok(self.advance()),
            other => Err(format!("unknown instruction '{other}'")),
        }
    }

    fn instructions(self, program: &str) -> Result<Self, String> {
        program.chars().try_fold(self, |r, c| r.step(c))
    }

    fn trail(self, program: &str) -> impl Iterator<Item = Robot> + '_ {
        program.chars().scan(self, |r, c| {
            *r = r.step(c).ok()?;
            Some(*r)
        })
    }
}

fn main() {
    let r = Robot::new(0, 0, Direction::North);
    println!("start: {r}");
    println!("right: {}", r.turn_right());
    println!("left : {}", r.turn_left());
    println!("4x right back to start: {}", r.turn_right().turn_right().turn_right().turn_right() == r);

    let programs = [
        (Robot::new(7, 3, Direction::North), "RAALAL"),
        (Robot::new(0, 0, Direction::North), "LAAARALA"),
        (Robot::new(8, 4, Direction::South), "LAAARRRALLLL"),
        (Robot::new(1, 1, Direction::East), "AAXA"),
        (Robot::new(-3, 2, Direction::West), ""),
    ];
    for (start, prog) in programs {
        match start.instructions(prog) {
            Ok(end) => println!("{start} + {prog:<14} => {end}"),
            Err(e) => println!("{start} + {prog:<14} => error: {e}"),
        }
    }

    println!("\ntrail for spiral:");
    let spiral = "AARAARAAARAAARAAAA";
    let mut visited: HashSet<(i32, i32)> = HashSet::new();
    visited.insert((0, 0));
    for (i, pos) in Robot::new(0, 0, Direction::North).trail(spiral).enumerate() {
        let new = visited.insert((pos.x, pos.y));
        if i % 3 == 0 || !new {
            println!("  step {i:>2}: {pos} {}", if new { "" } else { "(revisit)" });
        }
    }
    let (min_x, max_x) = visited.iter().fold((i32::MAX, i32::MIN), |(lo, hi), &(x, _)| (lo.min(x), hi.max(x)));
    let (min_y, max_y) = visited.iter().fold((i32::MAX, i32::MIN), |(lo, hi), &(_, y)| (lo.min(y), hi.max(y)));
    println!("visited {} cells, x in {min_x}..={max_x}, y in {min_y}..={max_y}", visited.len());
    for y in (min_y..=max_y).rev() {
        let row: String = (min_x..=max_x)
            .map(|x| if (x, y) == (0, 0) { 'S' } else if visited.contains(&(x, y)) { '#' } else { '.' })
            .collect();
        println!("  {row}");
    }
}
