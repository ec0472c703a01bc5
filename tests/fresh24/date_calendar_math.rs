use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Date {
    year: i32,
    month: u8,
    day: u8,
}

const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => panic!("bad month {}", m),
    }
}

impl Date {
    fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    // days since 1970-01-01 (civil-from-days algorithm)
    fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400) as i32 + if m <= 2 { 1 } else { 0 };
        Date { year: y, month: m, day: d }
    }

    fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    fn weekday(self) -> &'static str {
        WEEKDAYS[(self.to_days() + 3).rem_euclid(7) as usize]
    }

    fn add_months(self, n: i32) -> Date {
        let total = self.year * 12 + (self.month as i32 - 1) + n;
        let (y, m) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
        let d = self.day.min(days_in_month(y, m));
        Date { year: y, month: m, day: d }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn main() {
    let d = Date::new(2024, 2, 28).unwrap();
    for n in [0, 1, 2, 366, -59, 10_000] {
        let e = d.add_days(n);
        println!("{} {:+6} days = {} ({}, {} {})", d, n, e, e.weekday(), MONTH_NAMES[e.month as usize - 1], e.day);
    }
    println!("epoch weekday: {}", Date::new(1970, 1, 1).unwrap().weekday());
    for (y, m, dd) in [(2023, 2, 29), (2000, 2, 29), (1900, 2, 29), (2024, 13, 1), (2024, 4, 31)] {
        println!("{:04}-{:02}-{:02} valid? {}", y, m, dd, Date::new(y, m, dd).is_some());
    }
    let jan31 = Date::new(2023, 1, 31).unwrap();
    let months: Vec<String> = (0..6).map(|i| jan31.add_months(i).to_string()).collect();
    println!("monthly from {}: {}", jan31, months.join(" "));
    println!("back 14 months: {}", jan31.add_months(-14));

    let mut dates: Vec<Date> = [(2021, 7, 4), (1999, 12, 31), (2021, 3, 15), (2030, 1, 1), (1999, 12, 31)]
        .iter()
        .filter_map(|&(y, m, d)| Date::new(y, m, d))
        .collect();
    dates.sort();
    dates.dedup();
    println!("sorted: {}", dates.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "));
    let gaps: Vec<i64> = dates.windows(2).map(|w| w[1].to_days() - w[0].to_days()).collect();
    println!("gaps: {:?}", gaps);
    match dates[0].cmp(&dates[1]) {
        Ordering::Less => println!("{} is before {}", dates[0], dates[1]),
        _ => println!("unexpected"),
    }
    let fridays13 = (0..365 * 3)
        .map(|i| Date::new(2024, 1, 1).unwrap().add_days(i))
        .filter(|d| d.day == 13 && d.weekday() == "Fri")
        .map(|d| d.to_string())
        .collect::<Vec<_>>();
    println!("friday 13ths 2024-2026: {:?}", fridays13);
    let leaps = (1890..=2030).step_by(5).filter(|y| is_leap(*y)).count();
    println!("leap years among every 5th year 1890..=2030: {}", leaps);
}
