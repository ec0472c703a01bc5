use std::fmt;
use std::ops::{Add, Sub};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Date { y: i32, m: u8, d: u8 }

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn is_leap(y: i32) -> bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
fn days_in_month(y: i32, m: u8) -> u8 {
    match m { 2 if is_leap(y) => 29, 2 => 28, 4 | 6 | 9 | 11 => 30, _ => 31 }
}

impl Date {
    fn new(y: i32, m: u8, d: u8) -> Option<Date> {
        (1..=12).contains(&m).then_some(())?;
        (d >= 1 && d <= days_in_month(y, m)).then_some(Date { y, m, d })
    }
    // days since 1970-01-01 (civil from days algorithm)
    fn to_days(self) -> i64 {
        let y = self.y as i64 - if self.m <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (self.m as i64 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z.rem_euclid(146097);
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date { y: (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32, m, d }
    }
    fn weekday(self) -> &'static str { WEEKDAYS[(self.to_days() + 3).rem_euclid(7) as usize] }
    fn day_of_year(self) -> u32 { (1..self.m).map(|m| days_in_month(self.y, m) as u32).sum::<u32>() + self.d as u32 }
}

impl Add<i64> for Date { type Output = Date; fn add(self, n: i64) -> Date { Date::from_days(self.to_days() + n) } }
impl Sub for Date { type Output = i64; fn sub(self, o: Date) -> i64 { self.to_days() - o.to_days() } }

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() { write!(f, "{} {} {}, {}", self.weekday(), MONTHS[self.m as usize - 1], self.d, self.y) }
        else { write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d) }
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        let parts: Vec<&str> = s.splitn(3, '-').collect();
        let [y, m, d] = parts[..] else { return Err(format!("{s}: expected YYYY-MM-DD")) };
        let y: i32 = y.parse().map_err(|_| format!("{s}: bad year"))?;
        let (m, d): (u8, u8) = (m.parse().map_err(|_| format!("{s}: bad month"))?, d.parse().map_err(|_| format!("{s}: bad day"))?);
        Date::new(y, m, d).ok_or_else(|| format!("{s}: no such date"))
    }
}

fn main() {
    for s in ["1970-01-01", "2000-02-29", "2024-03-15", "1999-12-31", "2023-02-29", "2024-13-01", "abc", "1969-07-20"] {
        match s.parse::<Date>() {
            Ok(d) => println!("{d} | {d:#} | day#{:>3} | epoch {:>6}", d.day_of_year(), d.to_days()),
            Err(e) => println!("error: {e}"),
        }
    }
    let ok = (-800_000..800_000).step_by(997).all(|n| Date::from_days(n).to_days() == n);
    println!("roundtrip ok: {ok}");
    let start: Date = "2024-01-31".parse().unwrap();
    let plus: Vec<String> = [1, 29, 30, 365, 366, -31].iter().map(|&n| format!("{n:+}={}", start + n)).collect();
    println!("{}", plus.join(" "));
    let moon: Date = "1969-07-20".parse().unwrap();
    println!("days from moon landing to {start}: {}", start - moon);
    let leaps: Vec<i32> = (1896..=1912).chain(1996..=2004).filter(|&y| is_leap(y)).collect();
    println!("leap years: {:?}", leaps);
    let fri13: Vec<String> = (1..=12).filter_map(|m| Date::new(2026, m, 13)).filter(|d| d.weekday() == "Fri").map(|d| d.to_string()).collect();
    println!("Friday 13ths in 2026: {:?}", fri13);
    let mut dates: Vec<Date> = ["2021-05-05", "2020-12-25", "2021-01-01", "2020-02-29"].iter().map(|s| s.parse().unwrap()).collect();
    dates.sort();
    let gaps: Vec<i64> = dates.windows(2).map(|w| w[1] - w[0]).collect();
    println!("sorted {:?}", dates.iter().map(Date::to_string).collect::<Vec<_>>());
    println!("gaps {gaps:?} max gap {:?}", gaps.iter().max());
}
