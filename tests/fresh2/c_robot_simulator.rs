#[derive(PartialEq, Eq, Debug, Clone, Copy)]
pub enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn right(self) -> Self {
        use Direction::*;
        match self {
            North => East,
            East => South,
            South => West,
            West => North,
        }
    }

    fn left(self) -> Self {
        self.right().right().right()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
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
        let (dx, dy) = match self.d {
            Direction::North => (0, 1),
            Direction::East => (1, 0),
            Direction::South => (0, -1),
            Direction::West => (-1, 0),
        };
        Self { x: self.x + dx, y: self.y + dy, ..self }
    }

    #[must_use]
    pub fn instructions(self, instructions: &str) -> Self {
        instructions.chars().fold(self, |robot, c| match c {
            'R' => robot.turn_right(),
            'L' => robot.turn_left(),
            'A' => robot.advance(),
            other => {
                println!("  (ignoring unknown instruction {other:?})");
                robot
            }
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
    println!("start: {:?} facing {:?}", r.position(), r.direction());

    let mut spin = r;
    for _ in 0..4 {
        spin = spin.turn_right();
        print!("{:?} ", spin.direction());
    }
    println!();
    for _ in 0..4 {
        spin = spin.turn_left();
        print!("{:?} ", spin.direction());
    }
    println!();

    let programs = [
        (Robot::new(7, 3, Direction::North), "RAALAL"),
        (Robot::new(0, 0, Direction::East), "LAAARALA"),
        (Robot::new(8, 4, Direction::South), "LAAARRRALLLL"),
        (Robot::new(-2, -7, Direction::West), "AAXAR"),
        (Robot::new(1, 1, Direction::North), ""),
    ];
    for (robot, prog) in programs {
        println!("running {prog:?} from {:?}", robot);
        let end = robot.instructions(prog);
        let (x, y) = end.position();
        println!("  ends at ({x}, {y}) facing {:?}", end.direction());
    }

    // a little walk that traces every visited cell
    let mut bot = Robot::new(0, 0, Direction::East);
    let mut trail = vec![bot.position()];
    for step in "AALAALAARAA".chars() {
        bot = bot.instructions(&step.to_string());
        if step == 'A' {
            trail.push(bot.position());
        }
    }
    let trail_str: Vec<String> = trail.iter().map(|(x, y)| format!("({x},{y})")).collect();
    println!("trail: {}", trail_str.join(" -> "));
    let max_dist = trail.iter().map(|&(x, y)| x.abs() + y.abs()).max().unwrap_or(0);
    println!("max manhattan distance: {max_dist}");
}
