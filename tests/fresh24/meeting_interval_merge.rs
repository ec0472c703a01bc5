use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Time(u16); // minutes since midnight

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl TryFrom<&str> for Time {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let (h, m) = s.split_once(':').ok_or_else(|| format!("no colon in {:?}", s))?;
        let h: u16 = h.parse().map_err(|_| format!("bad hour {:?}", h))?;
        let m: u16 = m.parse().map_err(|_| format!("bad minute {:?}", m))?;
        if h > 23 || m > 59 {
            return Err(format!("{} is not a valid time", s));
        }
        Ok(Time(h * 60 + m))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Meeting<'a> {
    who: &'a str,
    start: Time,
    end: Time,
}

fn parse_meeting(line: &str) -> Result<Meeting<'_>, String> {
    let mut parts = line.splitn(2, ' ');
    let who = parts.next().filter(|w| !w.is_empty()).ok_or("missing name")?;
    let range = parts.next().ok_or_else(|| format!("{}: missing range", who))?;
    let (a, b) = range.split_once('-').ok_or_else(|| format!("{}: bad range", who))?;
    let start = Time::try_from(a.trim())?;
    let end = Time::try_from(b.trim())?;
    if end <= start {
        return Err(format!("{}: ends before it starts ({} - {})", who, start, end));
    }
    Ok(Meeting { who, start, end })
}

fn merge(mut spans: Vec<(Time, Time)>) -> Vec<(Time, Time)> {
    spans.sort();
    let mut out: Vec<(Time, Time)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        if let Some(last) = out.last_mut() {
            if s <= last.1 {
                last.1 = last.1.max(e);
                continue;
            }
        }
        out.push((s, e));
    }
    out
}

fn free_slots(busy: &[(Time, Time)], day: (Time, Time), min_len: u16) -> Vec<(Time, Time)> {
    let edges = std::iter::once(day.0)
        .chain(busy.iter().flat_map(|&(s, e)| [s, e]))
        .chain(std::iter::once(day.1))
        .collect::<Vec<_>>();
    edges
        .chunks(2)
        .map(|c| (c[0], c[1]))
        .filter(|(s, e)| e.0 >= s.0 + min_len)
        .collect()
}

fn main() {
    let input = "ana 09:00-10:30
ben 10:15-11:00
ana 13:00-14:00
cara 11:30-12:00
ben 16:45-17:30
dan 25:00-26:00
cara 12:00-12:45
eve 14:30-14:00
fay
gus 08:30-09:15
hal 7:5-8:00";
    let mut meetings = Vec::new();
    for line in input.lines() {
        match parse_meeting(line) {
            Ok(m) => meetings.push(m),
            Err(e) => println!("skip: {}", e),
        }
    }
    meetings.sort_by_key(|m| (m.start, m.who));
    for m in &meetings {
        println!("{:<5} {} - {} ({:>3} min)", m.who, m.start, m.end, m.end.0 - m.start.0);
    }
    let merged = merge(meetings.iter().map(|m| (m.start, m.end)).collect());
    let shown: Vec<String> = merged.iter().map(|(s, e)| format!("{}-{}", s, e)).collect();
    println!("busy: {}", shown.join(", "));
    let day = (Time::try_from("08:00").unwrap(), Time::try_from("18:00").unwrap());
    for min in [15u16, 45, 90] {
        let slots = free_slots(&merged, day, min);
        let s: Vec<String> = slots.iter().map(|(a, b)| format!("{}-{}", a, b)).collect();
        println!("free >= {:>2} min: {}", min, s.join(" "));
    }
    let mut per_person: BTreeMap<&str, u16> = BTreeMap::new();
    for m in &meetings {
        *per_person.entry(m.who).or_insert(0) += m.end.0 - m.start.0;
    }
    for (who, mins) in &per_person {
        println!("{:>5}: {}h{:02}m", who, mins / 60, mins % 60);
    }
    let overlaps: Vec<(&str, &str)> = meetings
        .iter()
        .enumerate()
        .flat_map(|(i, a)| meetings[i + 1..].iter().filter(move |b| b.start < a.end && a.start < b.end).map(move |b| (a.who, b.who)))
        .collect();
    println!("overlapping pairs: {:?}", overlaps);
}
