use std::fmt;
use std::ops::{Add, Sub};

const MINUTES_PER_DAY: i32 = 24 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Clock {
    minutes: i32,
}

impl Clock {
    fn new(hours: i32, minutes: i32) -> Self {
        let total = (hours * 60 + minutes).rem_euclid(MINUTES_PER_DAY);
        Clock { minutes: total }
    }

    fn add_minutes(self, minutes: i32) -> Self {
        Clock::new(0, self.minutes + minutes)
    }

    fn hours(&self) -> i32 {
        self.minutes / 60
    }

    fn parse(s: &str) -> Result<Clock, String> {
        let (h, m) = s.split_once(':').ok_or_else(|| format!("missing ':' in {:?}", s))?;
        let h: i32 = h.trim().parse().map_err(|e| format!("hours {:?}: {}", h, e))?;
        let m: i32 = m.trim().parse().map_err(|e| format!("minutes {:?}: {}", m, e))?;
        Ok(Clock::new(h, m))
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("{:02}:{:02}", self.hours(), self.minutes % 60);
        f.pad(&s)
    }
}

impl Add<i32> for Clock {
    type Output = Clock;
    fn add(self, rhs: i32) -> Clock {
        self.add_minutes(rhs)
    }
}

impl Sub for Clock {
    type Output = i32;
    fn sub(self, rhs: Clock) -> i32 {
        (self.minutes - rhs.minutes).rem_euclid(MINUTES_PER_DAY)
    }
}

fn main() {
    let cases = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160), (0, 1723), (-1, 15), (-25, -160), (-121, -5810)];
    for (h, m) in cases {
        let c = Clock::new(h, m);
        println!("Clock::new({:>4}, {:>5}) = {} (raw {:>4})", h, m, c, c.minutes);
    }

    let start = Clock::new(10, 0);
    for delta in [3, 61, -30, -160, 3500, -4000, MINUTES_PER_DAY * 3] {
        println!("{} {:+6} min -> {}", start, delta, start + delta);
    }

    println!("equal across days: {}", Clock::new(15, 37) == Clock::new(-9, 37));
    println!("midnight == 24:00: {}", Clock::new(0, 0) == Clock::new(24, 0));
    println!("difference 23:30 - 01:15 = {} minutes", Clock::new(23, 30) - Clock::new(1, 15));
    println!("difference 01:15 - 23:30 = {} minutes", Clock::new(1, 15) - Clock::new(23, 30));

    let mut schedule: Vec<Clock> = ["09:45", "7:05", "23:59", "12:00", "0:30", "7:05"]
        .iter()
        .filter_map(|s| Clock::parse(s).ok())
        .collect();
    schedule.sort();
    schedule.dedup();
    let rendered: Vec<String> = schedule.iter().map(|c| format!("[{:^9}]", c)).collect();
    println!("sorted schedule: {}", rendered.join(" "));
    println!("earliest {:?}, latest {:?}", schedule.first(), schedule.last());

    for bad in ["1200", "ab:10", "10:xy", " 5 : 7 "] {
        match Clock::parse(bad) {
            Ok(c) => println!("parsed {:?} -> {:>8}|", bad, c),
            Err(e) => println!("parse error: {}", e),
        }
    }

    let gaps: Vec<i32> = schedule.windows(2).map(|w| w[1] - w[0]).collect();
    println!("gaps between appointments: {:?}", gaps);
    let default_clock = Clock::default();
    println!("default clock: {:<8}| debug: {:?}", default_clock, default_clock);
}
