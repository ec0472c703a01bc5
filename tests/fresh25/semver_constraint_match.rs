use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
    pre: Option<String>,
}

#[derive(Debug, PartialEq)]
enum SemverError {
    Empty,
    Parts(usize),
    Num { part: &'static str, text: String },
    Op(String),
}

impl fmt::Display for SemverError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            SemverError::Empty => f.write_str("empty version"),
            SemverError::Parts(n) => write!(f, "expected 3 dot-separated parts, found {}", n),
            SemverError::Num { part, text } => write!(f, "{} component {:?} is not a number", part, text),
            SemverError::Op(s) => write!(f, "unknown operator in {:?}", s),
        }
    }
}

impl FromStr for Version {
    type Err = SemverError;
    fn from_str(s: &str) -> Result<Self, SemverError> {
        let s = s.trim().trim_start_matches('v');
        if s.is_empty() {
            return Err(SemverError::Empty);
        }
        let (core, pre) = match s.split_once('-') {
            Some((c, p)) => (c, Some(p.to_string())),
            None => (s, None),
        };
        let parts: Vec<&str> = core.split('.').collect();
        if parts.len() != 3 {
            return Err(SemverError::Parts(parts.len()));
        }
        let names = ["major", "minor", "patch"];
        let mut nums = [0u32; 3];
        for (i, p) in parts.iter().enumerate() {
            nums[i] = p.parse().map_err(|_| SemverError::Num { part: names[i], text: p.to_string() })?;
        }
        Ok(Version { major: nums[0], minor: nums[1], patch: nums[2], pre })
    }
}

impl Ord for Version {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(o.major, o.minor, o.patch))
            .then_with(|| match (&self.pre, &o.pre) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(a), Some(b)) => a.cmp(b),
            })
    }
}
impl PartialOrd for Version {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut s = format!("{}.{}.{}", self.major, self.minor, self.patch);
        if let Some(p) = &self.pre {
            s.push('-');
            s.push_str(p);
        }
        f.pad(&s)
    }
}

#[derive(Debug)]
enum Req {
    Any,
    Exact(Version),
    Caret(Version),
    Tilde(Version),
    Cmp(Ordering, bool, Version),
}

fn parse_req(s: &str) -> Result<Vec<Req>, SemverError> {
    s.split(',').map(str::trim).map(|part| {
        if part == "*" { return Ok(Req::Any); }
        if let Some(v) = part.strip_prefix('^') { return Ok(Req::Caret(v.parse()?)); }
        if let Some(v) = part.strip_prefix('~') { return Ok(Req::Tilde(v.parse()?)); }
        if let Some(v) = part.strip_prefix(">=") { return Ok(Req::Cmp(Ordering::Greater, true, v.parse()?)); }
        if let Some(v) = part.strip_prefix("<=") { return Ok(Req::Cmp(Ordering::Less, true, v.parse()?)); }
        if let Some(v) = part.strip_prefix('>') { return Ok(Req::Cmp(Ordering::Greater, false, v.parse()?)); }
        if let Some(v) = part.strip_prefix('<') { return Ok(Req::Cmp(Ordering::Less, false, v.parse()?)); }
        if let Some(v) = part.strip_prefix('=') { return Ok(Req::Exact(v.parse()?)); }
        if part.starts_with(|c: char| c.is_ascii_digit()) { return Ok(Req::Caret(part.parse()?)); }
        Err(SemverError::Op(part.to_string()))
    }).collect()
}

fn matches(req: &Req, v: &Version) -> bool {
    match req {
        Req::Any => v.pre.is_none(),
        Req::Exact(r) => v == r,
        Req::Caret(r) => v >= r && if r.major > 0 { v.major == r.major } else { v.major == 0 && v.minor == r.minor },
        Req::Tilde(r) => v >= r && v.major == r.major && v.minor == r.minor,
        Req::Cmp(ord, or_eq, r) => { let c = v.cmp(r); c == *ord || (*or_eq && c == Ordering::Equal) }
    }
}

fn main() {
    let published = ["1.0.0", "1.2.3", "1.2.10", "1.3.0-beta.1", "1.3.0", "v2.0.0-rc.1", "2.0.0", "2.1.4", "0.9.7", "0.10.1", "1.2", "1.x.0", ""];
    let mut versions: Vec<Version> = Vec::new();
    for p in published {
        match p.parse::<Version>() {
            Ok(v) => versions.push(v),
            Err(e) => println!("skip {:<8} {}", format!("{:?}", p), e),
        }
    }
    versions.sort();
    println!("sorted: {}", versions.iter().map(ToString::to_string).collect::<Vec<_>>().join(" < "));
    let reqs = ["^1.2.3", "~1.2.0", ">=1.2.5, <2.0.0", "*", "^0.9.0", "=2.0.0-rc.1", ">2.0.0-rc.1, <=2.0.0", "1.0.0", "!=1.0.0", "^1.q.0", "<0.1.0"];
    for r in reqs {
        match parse_req(r) {
            Ok(parsed) => {
                let ok: Vec<&Version> = versions.iter().filter(|v| parsed.iter().all(|q| matches(q, v))).collect();
                let best = ok.iter().max().map(|v| v.to_string()).unwrap_or_else(|| "none".into());
                println!("{:<22} -> best {:<12} ({} match)", r, best, ok.len());
            }
            Err(e) => println!("{:<22} -> error: {}", r, e),
        }
    }
    let a: Version = "1.3.0-alpha".parse().unwrap();
    let b: Version = "1.3.0-beta".parse().unwrap();
    println!("{} vs {}: {:?}; max={}; {:>12}|{:<12}|", a, b, a.cmp(&b), std::cmp::max(a.clone(), b.clone()), a, b);
    println!("{:?}", "1.2.3.4".parse::<Version>());
}
