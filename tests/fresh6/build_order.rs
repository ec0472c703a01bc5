use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
enum BuildError {
    UnknownDependency { target: String, dep: String },
    Cycle(Vec<String>),
    Syntax(usize, String),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BuildError::UnknownDependency { target, dep } => write!(f, "{} depends on unknown {}", target, dep),
            BuildError::Cycle(nodes) => write!(f, "dependency cycle among: {}", nodes.join(", ")),
            BuildError::Syntax(line, text) => write!(f, "line {}: cannot parse {:?}", line, text),
        }
    }
}
impl std::error::Error for BuildError {}

#[derive(Debug, Default)]
struct Project { deps: BTreeMap<String, BTreeSet<String>>, cost: HashMap<String, u32> }

fn parse(src: &str) -> Result<Project, BuildError> {
    let mut p = Project::default();
    for (i, line) in src.lines().map(str::trim).enumerate().filter(|(_, l)| !l.is_empty()) {
        let (head, rest) = line.split_once(':').ok_or_else(|| BuildError::Syntax(i + 1, line.to_string()))?;
        let (name, cost) = match head.trim().split_once('@') {
            Some((n, c)) => (n.trim(), c.trim().parse::<u32>().map_err(|_| BuildError::Syntax(i + 1, line.to_string()))?),
            None => (head.trim(), 1),
        };
        p.cost.insert(name.to_string(), cost);
        p.deps.insert(name.to_string(), rest.split_whitespace().map(String::from).collect());
    }
    for (target, ds) in &p.deps {
        if let Some(dep) = ds.iter().find(|d| !p.deps.contains_key(*d)) {
            return Err(BuildError::UnknownDependency { target: target.clone(), dep: dep.clone() });
        }
    }
    Ok(p)
}

fn schedule(p: &Project) -> Result<Vec<Vec<String>>, BuildError> {
    let mut indegree: BTreeMap<&str, usize> = p.deps.iter().map(|(k, v)| (k.as_str(), v.len())).collect();
    let mut dependents: HashMap<&str, Vec<&str>> = HashMap::new();
    for (k, ds) in &p.deps {
        for d in ds { dependents.entry(d.as_str()).or_default().push(k.as_str()); }
    }
    let mut ready: VecDeque<&str> = indegree.iter().filter(|(_, n)| **n == 0).map(|(k, _)| *k).collect();
    let mut waves = Vec::new();
    while !ready.is_empty() {
        let mut wave: Vec<&str> = ready.drain(..).collect();
        wave.sort_unstable();
        for t in &wave {
            indegree.remove(t);
            for d in dependents.get(t).into_iter().flatten() {
                let n = indegree.get_mut(d).expect("dependent present");
                *n -= 1;
                if *n == 0 { ready.push_back(d); }
            }
        }
        waves.push(wave.into_iter().map(String::from).collect());
    }
    if !indegree.is_empty() {
        return Err(BuildError::Cycle(indegree.keys().map(|s| s.to_string()).collect()));
    }
    Ok(waves)
}

fn run(name: &str, src: &str) -> Result<(), Box<dyn std::error::Error>> {
    println!("== {}", name);
    let p = parse(src)?;
    let waves = schedule(&p)?;
    let mut clock = 0;
    for (i, w) in waves.iter().enumerate() {
        let longest = w.iter().map(|t| p.cost[t]).max().unwrap_or(0);
        clock += longest;
        println!("  wave {}: {:<28} +{:>2} -> t={}", i + 1, w.join(" "), longest, clock);
    }
    let serial: u32 = p.cost.values().sum();
    println!("  parallel {} vs serial {} (speedup {:.2}x)", clock, serial, serial as f64 / clock as f64);
    Ok(())
}

fn main() {
    let good = "app @5: lib net ui\nlib @3: core\nnet @4: core tls\ntls @2: core\nui @6: lib\ncore @2:\ndocs: \ntests @3: app docs";
    let cases = [
        ("good", good),
        ("cycle", "a: b\nb: c\nc: a\nd:\ne: d"),
        ("unknown", "a: b\nb: zzz"),
        ("syntax", "a: \nb @x: a"),
        ("nocolon", "a\n"),
    ];
    for (name, src) in cases {
        if let Err(e) = run(name, src) {
            println!("  error: {}", e);
        }
    }
}
