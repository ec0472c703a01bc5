use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub};

const MINUTES_PER_DAY: i64 = 24 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Clock {
    minutes: i64,
}

impl Clock {
    fn new(hours: i64, minutes: i64) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(MINUTES_PER_DAY) }
    }

    fn add_minutes(self, minutes: i64) -> Self {
        Clock::new(0, self.minutes + minutes)
    }

    fn hours(&self) -> i64 {
        self.minutes / 60
    }

    fn is_pm(&self) -> bool {
        self.hours() >= 12
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            let h = match self.hours() % 12 { 0 => 12, h => h };
            write!(f, "{:>2}:{:02} {}", h, self.minutes % 60, if self.is_pm() { "PM" } else { "AM" })
        } else {
            write!(f, "{:02}:{:02}", self.hours(), self.minutes % 60)
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Duration(i64);

impl Add<Duration> for Clock {
    type Output = Clock;
    fn add(self, d: Duration) -> Clock {
        self.add_minutes(d.0)
    }
}

impl Sub<Duration> for Clock {
    type Output = Clock;
    fn sub(self, d: Duration) -> Clock {
        self.add_minutes(-d.0)
    }
}

impl Sub for Clock {
    type Output = Duration;
    fn sub(self, other: Clock) -> Duration {
        Duration((self.minutes - other.minutes).rem_euclid(MINUTES_PER_DAY))
    }
}

impl Neg for Duration {
    type Output = Duration;
    fn neg(self) -> Duration {
        Duration(-self.0)
    }
}

impl AddAssign<Duration> for Clock {
    fn add_assign(&mut self, d: Duration) {
        *self = *self + d;
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}{}h{:02}m", sign, self.0.abs() / 60, self.0.abs() % 60)
    }
}

fn main() {
    let cases = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160), (-1, 15), (-25, -160), (201, 3001)];
    for (h, m) in cases {
        let c = Clock::new(h, m);
        println!("Clock::new({h:>4}, {m:>5}) = {c}  ({c:#})");
    }

    let mut c = Clock::new(10, 0);
    println!("\nstart at {c}");
    for step in [Duration(3), Duration(61), -Duration(160), Duration(1500), -Duration(3000)] {
        c += step;
        println!("  after {:>8} -> {}", step.to_string(), c);
    }

    let a = Clock::new(15, 37);
    let b = Clock::new(23, 59);
    println!("\n{b} - {a} = {}", b - a);
    println!("{a} - {b} = {}", a - b);
    println!("{a} - 20m = {}", a - Duration(20));
    println!("equal: {}", Clock::new(17, 0) == Clock::new(-7, 0));

    let mut schedule: Vec<(Clock, &str)> = vec![
        (Clock::new(13, 30), "lunch meeting"),
        (Clock::new(9, 0), "standup"),
        (Clock::new(-2, 0), "deploy"),
        (Clock::new(0, 45), "backup"),
    ];
    schedule.sort_by_key(|(c, _)| *c);
    println!("\nSchedule:");
    for (i, (time, what)) in schedule.iter().enumerate() {
        let gap = schedule.get(i + 1).map(|(next, _)| *next - *time);
        let gap_str = gap.map_or_else(|| "-".to_string(), |d| d.to_string());
        println!("  {time} {time:#} {what:<15} next in {gap_str:>7}");
    }
}
