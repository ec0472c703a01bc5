use std::fmt;
use std::ops::{Add, Sub};

#[derive(Debug, PartialEq, Eq, Clone, Copy, PartialOrd, Ord)]
pub struct Clock {
    minutes: i32,
}

const DAY: i32 = 24 * 60;

impl Clock {
    pub fn new(hours: i32, minutes: i32) -> Self {
        let total = (hours * 60 + minutes).rem_euclid(DAY);
        Clock { minutes: total }
    }

    pub fn add_minutes(&self, minutes: i32) -> Self {
        Clock::new(0, self.minutes + minutes)
    }

    fn hours(&self) -> i32 {
        self.minutes / 60
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hours(), self.minutes % 60)
    }
}

impl Add<i32> for Clock {
    type Output = Clock;
    fn add(self, rhs: i32) -> Clock {
        self.add_minutes(rhs)
    }
}

impl Sub<i32> for Clock {
    type Output = Clock;
    fn sub(self, rhs: i32) -> Clock {
        self.add_minutes(-rhs)
    }
}

impl Add for Clock {
    type Output = Clock;
    fn add(self, rhs: Clock) -> Clock {
        self + rhs.minutes
    }
}

impl From<Clock> for String {
    fn from(c: Clock) -> String {
        c.to_string()
    }
}

fn main() {
    let cases = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160), (0, 1723),
                 (-1, 15), (-25, 0), (-91, 0), (1, -40), (1, -160), (-25, -160), (-121, -5810)];
    for (h, m) in cases {
        println!("Clock::new({h:>4}, {m:>5}) = {}", Clock::new(h, m));
    }

    let c = Clock::new(10, 0);
    println!("{} + 3 = {}", c, c + 3);
    println!("{} + 61 = {}", c, c + 61);
    println!("{} - 3 = {}", c, c - 3);
    println!("{} + 3061 = {}", Clock::new(0, 45), Clock::new(0, 45) + 3061);
    println!("{} - 160 = {}", Clock::new(0, 3), Clock::new(0, 3) - 160);
    println!("{} + {} = {}", Clock::new(22, 40), Clock::new(3, 30), Clock::new(22, 40) + Clock::new(3, 30));

    println!("equal after wrap: {}", Clock::new(15, 37) == Clock::new(-9, 37));
    println!("equal with overflow: {}", Clock::new(3, 11) == Clock::new(99, 11));
    println!("not equal: {}", Clock::new(15, 37) == Clock::new(15, 36));
    println!("debug: {:?}", Clock::new(1, 1));

    let mut schedule: Vec<Clock> = vec![Clock::new(14, 5), Clock::new(-2, 0), Clock::new(0, 30), Clock::new(9, 99)];
    schedule.sort();
    let labels: Vec<String> = schedule.into_iter().map(String::from).collect();
    println!("sorted: {}", labels.join(", "));
}
