use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Pre { Alpha(u32), Beta(u32), Rc(u32) }

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Version { major: u32, minor: u32, patch: u32, pre: Option<Pre> }

impl Pre {
    fn rank(&self) -> (u8, u32) {
        match *self { Pre::Alpha(n) => (0, n), Pre::Beta(n) => (1, n), Pre::Rc(n) => (2, n) }
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch).cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (&self.pre, &other.pre) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(a), Some(b)) => a.rank().cmp(&b.rank()),
            })
    }
}
impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut s = format!("{}.{}.{}", self.major, self.minor, self.patch);
        match &self.pre {
            Some(Pre::Alpha(n)) => s += &format!("-alpha.{n}"),
            Some(Pre::Beta(n)) => s += &format!("-beta.{n}"),
            Some(Pre::Rc(n)) => s += &format!("-rc.{n}"),
            None => {}
        }
        f.pad(&s)
    }
}

impl FromStr for Version {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.strip_prefix('v').unwrap_or(s);
        let (core, pre) = match s.split_once('-') { Some((c, p)) => (c, Some(p)), None => (s, None) };
        let nums: Vec<u32> = core.split('.').map(|p| p.parse::<u32>().map_err(|e| format!("{p:?}: {e}"))).collect::<Result<_, _>>()?;
        let &[major, minor, patch] = nums.as_slice() else { return Err(format!("need 3 parts, got {}", nums.len())) };
        let pre = match pre {
            None => None,
            Some(p) => {
                let (tag, n) = p.split_once('.').unwrap_or((p, "0"));
                let n: u32 = n.parse().map_err(|_| format!("bad pre number in {p}"))?;
                Some(match tag { "alpha" => Pre::Alpha(n), "beta" => Pre::Beta(n), "rc" => Pre::Rc(n), t => return Err(format!("unknown tag {t}")) })
            }
        };
        Ok(Version { major, minor, patch, pre })
    }
}

fn main() {
    let raw = "1.2.3 v1.10.0 1.2.3-rc.1 0.9.12 1.2.3-alpha.2 1.2.3-beta 2.0.0 1.2.10 1.2 1.x.0 1.2.3-gamma.1 v2.0.0-rc.2 1.10.0";
    let (ok, bad): (Vec<_>, Vec<_>) = raw.split_whitespace().map(|s| (s, s.parse::<Version>())).partition(|(_, r)| r.is_ok());
    for (s, e) in &bad { println!("reject {s:<14} {}", e.as_ref().unwrap_err()); }
    let mut versions: Vec<Version> = ok.into_iter().map(|(_, r)| r.unwrap()).collect();
    versions.sort();
    println!("sorted: {}", versions.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" < "));
    let before = versions.len();
    versions.dedup();
    println!("dedup removed {}", before - versions.len());

    let target: Version = "1.2.3".parse().unwrap();
    match versions.binary_search(&target) {
        Ok(i) => println!("found {target} at index {i}"),
        Err(i) => println!("{target} would insert at {i}"),
    }
    let probe: Version = "1.5.0".parse().unwrap();
    let idx = versions.binary_search_by(|v| v.cmp(&probe)).unwrap_or_else(|i| i);
    println!("first >= {probe}: {}", versions.get(idx).map_or("none".to_string(), |v| v.to_string()));

    let mut by_minor = versions.clone();
    by_minor.dedup_by_key(|v| (v.major, v.minor));
    for v in &by_minor { println!("  line {:>3}.{:<3} first: {:>16}|", v.major, v.minor, v); }

    let stable: BTreeSet<String> = versions.iter().filter(|v| v.pre.is_none()).map(|v| v.to_string()).collect();
    let installed: BTreeSet<String> = ["1.2.3", "0.9.12", "0.1.0"].iter().map(|s| s.to_string()).collect();
    println!("both: {:?}", stable.intersection(&installed).collect::<Vec<_>>());
    println!("upgrade candidates: {:?}", stable.difference(&installed).collect::<Vec<_>>());
    println!("unknown installed: {:?}", installed.difference(&stable).collect::<Vec<_>>());
    let latest_pre = versions.iter().filter(|v| v.pre.is_some()).max();
    println!("latest prerelease: {:?}", latest_pre.map(|v| v.to_string()));
    println!("{:?}", versions.last().unwrap());
    println!("{}", "1.2.3-rc.1".parse::<Version>().unwrap() > "1.2.3-beta.9".parse::<Version>().unwrap());
}
