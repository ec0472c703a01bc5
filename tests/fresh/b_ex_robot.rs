#[derive(PartialEq, Eq, Debug, Clone, Copy)]
pub enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn right(self) -> Self {
        match self {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }
    fn left(self) -> Self {
        self.right().right().right()
    }
}

#[derive(Debug, Clone, Copy)]
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
        let (x, y) = match self.d {
            Direction::North => (self.x, self.y + 1),
            Direction::East => (self.x + 1, self.y),
            Direction::South => (self.x, self.y - 1),
            Direction::West => (self.x - 1, self.y),
        };
        Self { x, y, ..self }
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

fn main() {
    let r = Robot::new(0, 0, Direction::North);
    println!("start: {:?}", r);
    println!("turn right x4: {:?}", (0..4).fold(r, |r, _| { let n = r.turn_right(); println!("  facing {:?}", n.direction()); n }).direction());
    let programs = [
        (7, 3, Direction::North, "RAALAL"),
        (0, 0, Direction::North, "LAAARALA"),
        (2, -7, Direction::East, "RRAAAAALA"),
        (8, 4, Direction::South, "LAAARRRALLLL"),
        (0, 0, Direction::West, "AAAAXAAQ"),
    ];
    for (x, y, d, prog) in programs {
        let end = Robot::new(x, y, d).instructions(prog);
        println!("{:>14} from ({:>2},{:>2}) {:<5?} -> {:?} facing {:?}", prog, x, y, d, end.position(), end.direction());
    }
}
