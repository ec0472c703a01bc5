use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn right(self) -> Self {
        match self {
            Self::North => Self::East,
            Self::East => Self::South,
            Self::South => Self::West,
            Self::West => Self::North,
        }
    }
    fn left(self) -> Self {
        self.right().right().right()
    }
    fn delta(self) -> (i32, i32) {
        match self {
            Self::North => (0, 1),
            Self::East => (1, 0),
            Self::South => (0, -1),
            Self::West => (-1, 0),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Robot {
    x: i32,
    y: i32,
    d: Direction,
}

impl Robot {
    pub fn new(x: i32, y: i32, d: Direction) -> Self {
        Robot { x, y, d }
    }
    #[must_use]
    pub fn turn_right(self) -> Self {
        Self { d: self.d.right(), ..self }
    }
    #[must_use]
    pub fn turn_left(self) -> Self {
        Self { d: self.d.left(), ..self }
    }
    #[must_use]
    pub fn advance(self) -> Self {
        let (dx, dy) = self.d.delta();
        Self { x: self.x + dx, y: self.y + dy, ..self }
    }
    #[must_use]
    pub fn instructions(self, instructions: &str) -> Self {
        instructions.chars().fold(self, |r, c| match c {
            'R' => r.turn_right(),
            'L' => r.turn_left(),
            'A' => r.advance(),
            _ => r,
        })
    }
    pub fn position(&self) -> (i32, i32) {
        (self.x, self.y)
    }
    pub fn direction(&self) -> &Direction {
        &self.d
    }
}

fn visited_twice(start: Robot, program: &str) -> Vec<(i32, i32)> {
    let mut seen = HashSet::from([start.position()]);
    let mut twice = Vec::new();
    let mut robot = start;
    for c in program.chars() {
        robot = robot.instructions(&c.to_string());
        if c == 'A' && !seen.insert(robot.position()) && !twice.contains(&robot.position()) {
            twice.push(robot.position());
        }
    }
    twice.sort();
    twice
}

fn main() {
    let programs = [
        (Robot::new(7, 3, Direction::North), "RAALAL"),
        (Robot::new(0, 0, Direction::North), "LAAARALA"),
        (Robot::new(2, -7, Direction::East), "RRAAAAALA"),
        (Robot::new(8, 4, Direction::South), "LAAARRRALLLL"),
        (Robot::new(0, 0, Direction::North), "AARAARAARAARAA"),
    ];
    for (robot, prog) in programs {
        let end = robot.clone().instructions(prog);
        println!(
            "{:?} + {:<15} -> pos {:?} facing {:?}; revisits {:?}",
            robot.position(),
            prog,
            end.position(),
            end.direction(),
            visited_twice(robot, prog)
        );
    }
    let r = Robot::new(0, 0, Direction::North).turn_left().turn_left();
    assert_eq!(r.direction(), &Direction::South);
    assert_eq!(Robot::new(1, 1, Direction::West).advance().position(), (0, 1));
    println!("robot asserts ok");
}
