use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

impl Level {
    fn parse(s: &str) -> Option<Level> {
        match s {
            "DEBUG" => Some(Level::Debug),
            "INFO" => Some(Level::Info),
            "WARN" | "WARNING" => Some(Level::Warn),
            "ERROR" => Some(Level::Error),
            _ => None,
        }
    }
}

#[derive(Debug)]
struct Record<'a> {
    ts: &'a str,
    level: Level,
    module: &'a str,
    msg: &'a str,
}

impl fmt::Display for Record<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:<5} [{}] {}", self.ts, format!("{:?}", self.level).to_uppercase(), self.module, self.msg)
    }
}

struct LogView<'a> {
    records: Vec<Record<'a>>,
    skipped: Vec<&'a str>,
}

impl<'a> LogView<'a> {
    fn parse(text: &'a str) -> LogView<'a> {
        let mut records = Vec::new();
        let mut skipped = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let mut it = line.splitn(4, ' ');
            let parsed = (|| {
                let ts = it.next()?;
                let level = Level::parse(it.next()?)?;
                let module = it.next()?.strip_prefix('[')?.strip_suffix(']')?;
                let msg = it.next().unwrap_or("");
                Some(Record { ts, level, module, msg })
            })();
            match parsed {
                Some(r) => records.push(r),
                None => skipped.push(line),
            }
        }
        LogView { records, skipped }
    }

    fn at_least(&self, min: Level) -> impl Iterator<Item = &Record<'a>> + '_ {
        self.records.iter().filter(move |r| r.level >= min)
    }

    fn longest_msg(&self) -> Option<&'a str> {
        self.records.iter().map(|r| r.msg).max_by_key(|m| m.len())
    }
}

fn first_word<'s>(s: &'s str) -> &'s str {
    s.split(' ').next().unwrap_or(s)
}

fn pick<'a, 'b>(a: &'a str, _b: &'b str) -> &'a str {
    a
}

fn main() {
    let text = String::from(
        "08:00:01 INFO [net] listening on port 8080
         08:00:02 DEBUG [db] pool size 4
         garbage line here
         08:00:05 WARN [net] slow handshake with 10.0.0.7
         08:01:00 ERROR [db] connection reset by peer during long transaction
         08:01:01 INFO [db] reconnected
         08:01:02 TRACE [x] not a level
         08:02:00 WARNING [auth] token expires soon",
    );
    let view = LogView::parse(&text);
    for r in view.at_least(Level::Warn) {
        println!("{}", r);
    }
    println!("skipped: {:?}", view.skipped);
    let mut per_module: BTreeMap<&str, Vec<Level>> = BTreeMap::new();
    for r in &view.records {
        per_module.entry(r.module).or_default().push(r.level);
    }
    for (m, levels) in &per_module {
        let worst = levels.iter().max().unwrap();
        println!("{m:>5}: {} records, worst {:?}", levels.len(), worst);
    }
    let longest = view.longest_msg();
    println!("longest: {:?}", longest);
    let fw = longest.map(first_word);
    println!("first word: {:?}", fw);
    let owner = String::from("temporary");
    let kept = pick(&text[0..8], &owner);
    drop(owner);
    println!("kept {kept}");
    let counts = view.records.iter().fold([0usize; 4], |mut acc, r| {
        acc[r.level as usize] += 1;
        acc
    });
    println!("counts by level {:?}", counts);
    println!("{:?}", view.records.iter().find(|r| r.module == "auth"));
}
