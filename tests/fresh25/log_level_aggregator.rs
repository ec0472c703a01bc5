use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Level {
    Trace,
    Debug,
    Info,
    Warn,
    Error,
}

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "TRACE" => Ok(Level::Trace),
            "DEBUG" => Ok(Level::Debug),
            "INFO" => Ok(Level::Info),
            "WARN" | "WARNING" => Ok(Level::Warn),
            "ERROR" | "ERR" => Ok(Level::Error),
            _ => Err(format!("unknown level {:?}", s)),
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("{:?}", self).to_uppercase();
        f.pad(&s)
    }
}

#[derive(Debug)]
struct Entry<'a> {
    minute: u32,
    level: Level,
    module: &'a str,
    msg: &'a str,
}

fn parse_line(line: &str) -> Result<Entry<'_>, String> {
    let rest = line.strip_prefix('[').ok_or("missing '['")?;
    let (ts, rest) = rest.split_once(']').ok_or("missing ']'")?;
    let (h, m) = ts.split_once(':').ok_or_else(|| format!("bad time {:?}", ts))?;
    let h: u32 = h.parse().map_err(|e| format!("hour: {}", e))?;
    let m: u32 = m.parse().map_err(|e| format!("minute: {}", e))?;
    let mut parts = rest.split_whitespace();
    let level: Level = parts.next().ok_or("missing level")?.parse()?;
    let module = parts.next().and_then(|m| m.strip_suffix(':')).ok_or("missing module")?;
    let idx = rest.find(module).unwrap() + module.len() + 1;
    Ok(Entry { minute: h * 60 + m, level, module, msg: rest[idx..].trim() })
}

#[derive(Default, Debug)]
struct ModuleStats {
    counts: BTreeMap<Level, u32>,
    first_error: Option<String>,
    last_minute: u32,
}

fn main() {
    let log = "\
[09:00] INFO  http: server started on :8080
[09:01] debug db: pool size 4
[09:02] WARN  http: slow request /api/items 812ms
[09:02] ERROR db: connection reset by peer
[09:03] INFO  auth: user ana logged in
[9:05] ERR   db: retry 1 failed
garbage line without brackets
[09:07] FATAL http: out of memory
[09:10] Info  http: GET /health 200
[09:1x] INFO  http: bad minute
[09:12] WARNING auth: token near expiry for bo
[09:15] ERROR http: upstream timeout
[09:16] TRACE db: ping
[09:20] INFO db:
[09:21] INFO
";
    let mut stats: HashMap<&str, ModuleStats> = HashMap::new();
    let mut per_level: BTreeMap<Level, u32> = BTreeMap::new();
    let mut bad = Vec::new();
    for (n, line) in log.lines().enumerate() {
        match parse_line(line) {
            Ok(e) => {
                *per_level.entry(e.level).or_insert(0) += 1;
                stats
                    .entry(e.module)
                    .and_modify(|s| s.last_minute = s.last_minute.max(e.minute))
                    .or_insert_with(|| ModuleStats { last_minute: e.minute, ..Default::default() });
                let s = stats.get_mut(e.module).unwrap();
                *s.counts.entry(e.level).or_default() += 1;
                if e.level == Level::Error && s.first_error.is_none() {
                    s.first_error = Some(format!("{:02}:{:02} {}", e.minute / 60, e.minute % 60, e.msg));
                }
            }
            Err(err) => bad.push((n + 1, err)),
        }
    }
    println!("by level:");
    for (lvl, n) in per_level.iter().rev() {
        println!("  {:<6}{:>3} {}", lvl, n, "#".repeat(*n as usize));
    }
    let mut mods: Vec<(&&str, &ModuleStats)> = stats.iter().collect();
    mods.sort_unstable_by(|a, b| {
        let ta: u32 = a.1.counts.values().sum();
        let tb: u32 = b.1.counts.values().sum();
        tb.cmp(&ta).then_with(|| a.0.cmp(b.0))
    });
    println!("by module:");
    for (name, s) in &mods {
        let worst = s.counts.keys().next_back().copied().unwrap_or(Level::Trace);
        let summary: Vec<String> = s.counts.iter().map(|(l, c)| format!("{}={}", l, c)).collect();
        println!("  {:<5} worst={:>5} last={:02}:{:02} [{}]", name, worst, s.last_minute / 60, s.last_minute % 60, summary.join(" "));
        if let Some(fe) = &s.first_error {
            println!("        first error: {}", fe);
        }
    }
    let warn_plus: u32 = per_level.range(Level::Warn..).map(|(_, n)| n).sum();
    println!("warn or worse: {}", warn_plus);
    println!("rejected {} lines:", bad.len());
    for (n, e) in &bad {
        println!("  {:>2}: {}", n, e);
    }
    let levels: Vec<Level> = ["info", "Err", "warning", "nope"].iter().filter_map(|s| s.parse().ok()).collect();
    println!("parsed levels {:?} max={:?}", levels, levels.iter().max());
}
