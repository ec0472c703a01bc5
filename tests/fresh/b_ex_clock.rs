use std::fmt;
use std::ops::{Add, Sub};

#[derive(Debug, PartialEq, Eq, Clone, Copy, PartialOrd, Ord)]
pub struct Clock {
    minutes: i32,
}

const DAY: i32 = 24 * 60;

impl Clock {
    pub fn new(hours: i32, minutes: i32) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(DAY) }
    }

    pub fn add_minutes(&self, minutes: i32) -> Self {
        Clock::new(0, self.minutes + minutes)
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
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
        Clock::new(0, self.minutes + rhs.minutes)
    }
}

fn main() {
    let cases = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160), (0, 1723), (-1, 15), (-25, -160), (-121, -5810), (201, 3001)];
    for (h, m) in cases {
        println!("Clock::new({:>4}, {:>5}) = {}", h, m, Clock::new(h, m));
    }
    let c = Clock::new(10, 3);
    println!("{} + 3 = {}", c, c + 3);
    println!("{} + 61 = {}", c, c + 61);
    println!("{} - 70 = {}", c, c - 70);
    println!("{} + 3500 = {}", c, c + 3500);
    println!("{} + {} = {}", c, Clock::new(15, 30), c + Clock::new(15, 30));
    println!("equal across midnight: {}", Clock::new(15, 37) == Clock::new(-9, 37));
    let mut alarms = vec![Clock::new(7, 30), Clock::new(6, 45), Clock::new(23, 59), Clock::new(0, 5)];
    alarms.sort();
    let shown: Vec<String> = alarms.iter().map(ToString::to_string).collect();
    println!("alarms: {}", shown.join(", "));
    println!("debug: {:?}", alarms[0]);
}
