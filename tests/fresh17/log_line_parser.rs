use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "DEBUG" => Ok(Level::Debug),
            "INFO" => Ok(Level::Info),
            "WARN" | "WARNING" => Ok(Level::Warn),
            "ERROR" | "ERR" => Ok(Level::Error),
            other => Err(format!("unknown level '{}'", other)),
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Level::Debug => "debug",
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
        };
        f.pad(s)
    }
}

#[derive(Debug)]
struct Entry<'a> {
    ts: u32,
    level: Level,
    module: &'a str,
    msg: &'a str,
    duration_ms: Option<u32>,
}

fn parse_ts(s: &str) -> Option<u32> {
    let mut parts = s.splitn(3, ':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let sec: u32 = parts.next()?.parse().ok()?;
    if m >= 60 || sec >= 60 { return None; }
    Some(h * 3600 + m * 60 + sec)
}

fn parse_line(line: &str) -> Result<Entry<'_>, String> {
    let rest = line.strip_prefix('[').ok_or("missing '['")?;
    let close = rest.find(']').ok_or("missing ']'")?;
    let ts = parse_ts(&rest[..close]).ok_or_else(|| format!("bad timestamp {:?}", &rest[..close]))?;
    let mut fields = rest[close + 1..].trim_start().splitn(3, ' ');
    let level: Level = fields.next().unwrap_or("").parse()?;
    let module = fields.next().and_then(|m| m.strip_suffix(':')).ok_or("missing module")?;
    let msg = fields.next().unwrap_or("").trim();
    let duration_ms = msg
        .rsplit(' ')
        .next()
        .and_then(|last| last.strip_suffix("ms"))
        .and_then(|n| n.parse().ok());
    Ok(Entry { ts, level, module, msg, duration_ms })
}

const LOG: &str = "\
[08:00:01] INFO http: server started on :8080
[08:00:05] debug db: pool size=4
[08:01:12] INFO http: GET /index 12ms
[08:01:13] WARN http: slow GET /report 950ms
[08:01:60] INFO http: never
[08:02:00] ERROR db: connection reset after 3001ms
garbage line without brackets
[08:02:30] FATAL core: meltdown
[08:03:00] info http: GET /index 8ms
[08:03:10] Warning cache: eviction storm 44ms
[08:04:00] ERR db timeout";

fn main() {
    let mut entries = Vec::new();
    for (n, line) in LOG.lines().enumerate() {
        match parse_line(line) {
            Ok(e) => entries.push(e),
            Err(err) => println!("line {:>2}: skipped ({})", n + 1, err),
        }
    }
    let mut per_level: HashMap<Level, usize> = HashMap::new();
    let mut per_module: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for e in &entries {
        *per_level.entry(e.level).or_insert(0) += 1;
        if let Some(d) = e.duration_ms {
            per_module.entry(e.module).or_default().push(d);
        }
    }
    let mut levels: Vec<_> = per_level.into_iter().collect();
    levels.sort();
    for (lvl, n) in &levels {
        println!("[{:^7}] {:>2} {}", lvl, n, "#".repeat(*n));
    }
    for (m, ds) in &per_module {
        let avg = ds.iter().sum::<u32>() as f64 / ds.len() as f64;
        println!("{:<6} n={} max={:>5}ms avg={:>8.2}ms", m, ds.len(), ds.iter().max().unwrap(), avg);
    }
    let first = entries.first().unwrap().ts;
    for e in entries.iter().filter(|e| e.level >= Level::Warn) {
        let dt = e.ts - first;
        println!("+{:02}:{:02} {:<5} {:>6} | {}", dt / 60, dt % 60, e.level, e.module, e.msg);
    }
    let words: usize = entries.iter().map(|e| e.msg.split_whitespace().count()).sum();
    println!("entries={} words={} last={:?}", entries.len(), words, entries.last().map(|e| (e.level, e.module)));
}
