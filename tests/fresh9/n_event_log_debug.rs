use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level { Debug, Info, Warn, Error }

impl fmt::Debug for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self { Level::Debug => "DBG", Level::Info => "INF", Level::Warn => "WRN", Level::Error => "ERR" };
        f.write_str(s)
    }
}

struct Event { ts: u64, level: Level, source: &'static str, fields: Vec<(&'static str, String)> }

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut d = f.debug_struct("Event");
        d.field("ts", &self.ts).field("level", &self.level).field("src", &self.source);
        if !self.fields.is_empty() {
            d.field("fields", &FieldMap(&self.fields));
        }
        d.finish()
    }
}

struct FieldMap<'a>(&'a [(&'static str, String)]);
impl fmt::Debug for FieldMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
    }
}

struct Timeline(Vec<u64>);
impl fmt::Debug for Timeline {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|t| format!("+{t}ms"))).finish()
    }
}

struct Span(u64, u64);
impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Span").field(&self.0).field(&self.1).finish()
    }
}

#[derive(Debug)]
struct Summary { by_level: BTreeMap<Level, usize>, sources: Vec<&'static str>, window: Span, gaps: Timeline }

fn parse(line: &str) -> Option<Event> {
    let mut it = line.splitn(4, ' ');
    let ts = it.next()?.parse().ok()?;
    let level = match it.next()? { "D" => Level::Debug, "I" => Level::Info, "W" => Level::Warn, "E" => Level::Error, _ => return None };
    let source = match it.next()? { "db" => "db", "http" => "http", "auth" => "auth", _ => "other" };
    let fields = it.next().unwrap_or("").split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (if k == "user" { "user" } else if k == "ms" { "ms" } else { "kv" }, v.to_string()))
        .collect();
    Some(Event { ts, level, source, fields })
}

fn main() {
    let raw = ["100 I http path=/ ms=12", "105 D db query=select", "bogus line", "130 W auth user=bob tries=3",
               "131 E auth user=bob", "180 I http path=/login ms=340", "181 X db", "250 E db ms=5000"];
    let events: Vec<Event> = raw.iter().filter_map(|l| parse(l)).collect();
    println!("parsed {}/{}", events.len(), raw.len());
    println!("{:?}", events[0]);
    println!("{:#?}", events[2]);

    let mut by_level = BTreeMap::new();
    for e in &events { *by_level.entry(e.level).or_insert(0) += 1; }
    let mut sources: Vec<_> = events.iter().map(|e| e.source).collect();
    sources.sort_unstable();
    sources.dedup();
    let gaps = Timeline(events.windows(2).map(|w| w[1].ts - w[0].ts).collect());
    let summary = Summary {
        by_level, sources,
        window: Span(events.first().map_or(0, |e| e.ts), events.last().map_or(0, |e| e.ts)),
        gaps,
    };
    println!("{:#?}", summary);
    println!("{:?}", summary.window);
    let worst = events.iter().filter(|e| e.level >= Level::Warn).map(|e| (e.ts, e.level)).collect::<Vec<_>>();
    println!("warn+: {:?}", worst);
    let slow: Vec<u64> = events.iter().flat_map(|e| e.fields.iter()).filter(|(k, _)| *k == "ms")
        .filter_map(|(_, v)| v.parse().ok()).collect();
    println!("latencies {:?} max={:?} mean={:.1}", slow, slow.iter().max(), slow.iter().sum::<u64>() as f64 / slow.len() as f64);
    println!("{:>8?}|{:<6?}|", Level::Error, Level::Info);
}
