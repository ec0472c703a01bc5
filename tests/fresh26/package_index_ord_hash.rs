use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Version { major: u32, minor: u32, patch: u32, pre: Option<String> }

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

impl FromStr for Version {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (core, pre) = match s.split_once('-') {
            Some((c, p)) => (c, Some(p.to_string())),
            None => (s, None),
        };
        let nums: Vec<u32> = core.split('.').map(|p| p.parse::<u32>().map_err(|e| format!("{:?} in {:?}: {}", p, s, e))).collect::<Result<_, _>>()?;
        match nums[..] {
            [major, minor, patch] => Ok(Version { major, minor, patch, pre }),
            [major, minor] => Ok(Version { major, minor, patch: 0, pre }),
            _ => Err(format!("{:?}: need 2 or 3 parts, got {}", s, nums.len())),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut s = format!("{}.{}.{}", self.major, self.minor, self.patch);
        if let Some(p) = &self.pre { s.push('-'); s.push_str(p); }
        f.pad(&s)
    }
}

#[derive(Debug, Clone, Eq)]
struct PkgName(String);

impl PartialEq for PkgName {
    fn eq(&self, o: &Self) -> bool { norm(&self.0).eq(norm(&o.0)) }
}
impl Hash for PkgName {
    fn hash<H: Hasher>(&self, h: &mut H) {
        for c in norm(&self.0) { c.hash(h); }
        0xffu8.hash(h);
    }
}
fn norm(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() })
}

fn main() {
    let raw = ["serde 1.0.197", "Serde_Json 1.0.114", "tokio 1.36.0", "serde 1.0.200-rc.1", "serde 1.0.200", "TOKIO 1.2", "serde 0.9.15", "serde-json 1.0.99", "rand 0.8.x", "tokio 2"];
    let mut index: HashMap<PkgName, BTreeSet<Version>> = HashMap::new();
    let mut errors = Vec::new();
    for line in raw {
        let (name, ver) = line.split_once(' ').unwrap();
        match ver.parse::<Version>() {
            Ok(v) => { index.entry(PkgName(name.to_string())).or_default().insert(v); }
            Err(e) => errors.push(e),
        }
    }
    let mut names: Vec<&PkgName> = index.keys().collect();
    names.sort_by_cached_key(|n| norm(&n.0).collect::<String>());
    for n in &names {
        let vs = &index[*n];
        let list: Vec<String> = vs.iter().map(|v| v.to_string()).collect();
        println!("{:<12} {}", n.0, list.join(", "));
    }
    println!("errors: {:#?}", errors);

    let serde = &index[&PkgName("SERDE".into())];
    let lo: Version = "1.0.0".parse().unwrap();
    let hi: Version = "1.0.200".parse().unwrap();
    let in_range: Vec<String> = serde.range(lo.clone()..hi.clone()).map(|v| format!("[{:^14}]", v)).collect();
    println!("serde in [1.0.0,1.0.200): {:?}", in_range);
    println!("newest serde below 1.0.200: {:?}", serde.range(..hi).next_back().map(ToString::to_string));
    println!("oldest >= 1.0.0: {}", serde.range(lo..).next().unwrap());
    println!("max={:>10}| min={:<10}|", serde.last().unwrap(), serde.first().unwrap());

    let seen: HashSet<PkgName> = ["Tokio", "serde_json", "left-pad"].iter().map(|s| PkgName(s.to_string())).collect();
    let mut matched: Vec<&str> = names.iter().filter(|n| seen.contains(*n)).map(|n| n.0.as_str()).collect();
    matched.sort();
    println!("matched: {:?}", matched);

    let mut pre_counts: BTreeMap<bool, usize> = BTreeMap::new();
    for v in index.values().flatten() {
        *pre_counts.entry(v.pre.is_some()).or_insert(0) += 1;
    }
    println!("prerelease split: {:?}", pre_counts);
    let all: BTreeSet<&Version> = index.values().flatten().collect();
    let newest_majors: Vec<u32> = all.iter().rev().map(|v| v.major).collect::<BTreeSet<_>>().into_iter().rev().collect();
    println!("distinct versions {} majors desc {:?}", all.len(), newest_majors);
}
