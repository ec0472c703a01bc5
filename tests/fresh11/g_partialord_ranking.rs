// PartialOrd/Ord derives on enums and structs used with sort, max, min_by.
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Priority {
    Low,
    Medium,
    High,
    Critical,
}

#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum Score {
    Missing,
    Partial(f64),
    Full { value: f64, bonus: u8 },
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

impl Version {
    fn parse(s: &str) -> Option<Version> {
        let mut it = s.split('.').map(|p| p.parse::<u32>().ok());
        let v = Version { major: it.next()??, minor: it.next()??, patch: it.next()?? };
        if it.next().is_some() { None } else { Some(v) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: Priority,
    name: String,
}

fn top_n<T: Ord + Clone>(items: &[T], n: usize) -> Vec<T> {
    let mut v = items.to_vec();
    v.sort_by(|a, b| b.cmp(a));
    v.truncate(n);
    v
}

fn max_partial<T: PartialOrd + Clone>(items: &[T]) -> Option<T> {
    items.iter().cloned().reduce(|a, b| match a.partial_cmp(&b) {
        Some(Ordering::Less) => b,
        _ => a,
    })
}

fn main() {
    let mut ps = vec![Priority::Medium, Priority::Critical, Priority::Low, Priority::High, Priority::Low];
    ps.sort();
    println!("sorted priorities: {:?}", ps);
    println!("max: {:?}, min: {:?}", ps.iter().max(), ps.iter().min());
    println!("High > Medium? {}", Priority::High > Priority::Medium);

    let scores = vec![
        Score::Partial(0.5),
        Score::Full { value: 0.9, bonus: 1 },
        Score::Missing,
        Score::Full { value: 0.9, bonus: 3 },
        Score::Partial(0.75),
    ];
    println!("best score: {:?}", max_partial(&scores));
    let mut sorted_scores = scores.clone();
    sorted_scores.sort_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
    println!("sorted scores: {:?}", sorted_scores);
    println!("nan compare: {:?}", Score::Partial(f64::NAN).partial_cmp(&Score::Partial(1.0)));
    println!("Missing < Partial(-1)? {}", Score::Missing < Score::Partial(-1.0));

    let mut versions: Vec<Version> = ["1.10.0", "1.2.3", "0.9.12", "1.2.10", "bad", "1.2"]
        .iter()
        .filter_map(|s| Version::parse(s))
        .collect();
    versions.sort();
    let vs: Vec<String> = versions.iter().map(|v| format!("{}.{}.{}", v.major, v.minor, v.patch)).collect();
    println!("versions: {}", vs.join(" < "));
    println!("latest: {:?}", versions.iter().max().map(|v| v.major * 100 + v.minor));

    let tasks: Vec<Task> = vec![
        Task { priority: Priority::High, name: "deploy".into() },
        Task { priority: Priority::Low, name: "docs".into() },
        Task { priority: Priority::High, name: "backup".into() },
        Task { priority: Priority::Critical, name: "outage".into() },
    ];
    for t in top_n(&tasks, 3) {
        println!("top: {:?} {}", t.priority, t.name);
    }
    let cheapest = tasks.iter().min_by(|a, b| a.name.len().cmp(&b.name.len()).then_with(|| a.name.cmp(&b.name)));
    println!("shortest name: {:?}", cheapest.map(|t| &t.name));
    let cmp = tasks[0].cmp(&tasks[2]);
    println!("deploy vs backup: {:?}", cmp);
    let by_key = tasks.iter().max_by_key(|t| (t.priority, std::cmp::Reverse(t.name.clone())));
    println!("max_by_key: {}", by_key.unwrap().name);
}
