use std::fmt;
use std::ops::{Add, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Clock {
    minutes: i32,
}

const DAY: i32 = 24 * 60;

impl Clock {
    pub fn new(hours: i32, minutes: i32) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(DAY) }
    }

    pub fn add_minutes(self, minutes: i32) -> Self {
        Clock::new(0, self.minutes + minutes)
    }

    pub fn hours(&self) -> i32 {
        self.minutes / 60
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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

impl Sub for Clock {
    type Output = i32;
    /// Minutes forward from `rhs` to `self`.
    fn sub(self, rhs: Clock) -> i32 {
        (self.minutes - rhs.minutes).rem_euclid(DAY)
    }
}

fn main() {
    let constructions = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160),
        (25, 160), (201, 3001), (72, 8640), (-1, 15), (-25, 0), (-91, 0), (1, -40),
        (1, -4820), (-25, -160), (-121, -5810)];
    for (h, m) in constructions {
        println!("Clock::new({h:>4}, {m:>5}) = {}", Clock::new(h, m));
    }

    let base = Clock::new(10, 3);
    println!("{base} + 3 = {}", base + 3);
    println!("{base} + 61 = {}", base + 61);
    println!("{base} + 1440 = {}", base + 1440);
    println!("{base} - 3 = {}", base - 3);
    println!("{base} - 160 = {}", base - 160);
    println!("{base} - 3000 = {}", base - 3000);
    println!("gap 23:50 -> 00:10 = {} min", Clock::new(0, 10) - Clock::new(23, 50));

    let mut clocks: Vec<Clock> = (0..6).map(|i| Clock::new(i * 7, i * -95)).collect();
    clocks.sort();
    clocks.dedup();
    let shown: Vec<String> = clocks.iter().map(ToString::to_string).collect();
    println!("sorted: [{}]", shown.join(", "));
    println!("default: {}, hours of last: {}", Clock::default(), clocks.last().map_or(0, Clock::hours));

    assert_eq!(Clock::new(15, 37), Clock::new(-33, 37));
    assert_eq!(Clock::new(3, 11), Clock::new(3, 11 - 1440 * 3));
    assert_eq!((Clock::new(23, 59) + 2).to_string(), "00:01");
    println!("equality checks passed");
}
