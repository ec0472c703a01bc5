// Closures capturing by shared ref, by mutable ref, and by move; FnMut counters;
// sort_by_key / sort_by with captured lookup tables.
use std::collections::{BTreeMap, HashMap, HashSet};

fn apply_n<F: FnMut() -> u32>(n: usize, mut f: F) -> Vec<u32> {
    (0..n).map(|_| f()).collect()
}

fn make_counter(step: u32) -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += step;
        count
    }
}

fn call_twice<F>(f: F) -> (String, String)
where
    F: Fn(&str) -> String,
{
    (f("alpha"), f("beta"))
}

fn main() {
    let mut c = make_counter(3);
    println!("counter: {:?}", apply_n(4, &mut c));
    println!("continued: {}", c());

    let mut hits: HashMap<&str, u32> = HashMap::new();
    let mut record = |k: &'static str| *hits.entry(k).or_insert(0) += 1;
    for k in ["a", "b", "a", "c", "a", "b"] {
        record(k);
    }
    let mut h: Vec<_> = hits.into_iter().collect();
    h.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("hits: {:?}", h);

    let priority: HashMap<&str, i32> = [("urgent", 0), ("high", 1), ("normal", 2), ("low", 3)]
        .into_iter()
        .collect();
    let mut tasks = vec![
        ("write docs", "low"),
        ("fix crash", "urgent"),
        ("review", "normal"),
        ("deploy", "high"),
        ("refactor", "low"),
        ("hotfix", "urgent"),
    ];
    tasks.sort_by_key(|(name, p)| (priority[p], name.len()));
    for (name, p) in &tasks {
        println!("  [{}] {}", p, name);
    }

    let suffix = String::from("!");
    let shout = |s: &str| format!("{}{}", s.to_uppercase(), suffix);
    println!("{:?}", call_twice(shout));
    println!("suffix still usable: {}", suffix);

    let mut log: Vec<String> = Vec::new();
    let mut total = 0i64;
    {
        let mut push = |x: i64| {
            total += x;
            log.push(format!("+{} => {}", x, total));
        };
        push(5);
        push(-2);
        push(10);
    }
    println!("total {} log {:?}", total, log);

    let banned: HashSet<&str> = ["spam", "junk"].into_iter().collect();
    let mut words: Vec<&str> = "keep spam the junk good spam words".split(' ').collect();
    let mut removed = 0;
    words.retain(|w| {
        let keep = !banned.contains(w);
        if !keep {
            removed += 1;
        }
        keep
    });
    println!("retained {:?}, removed {}", words, removed);

    let weights: BTreeMap<char, u32> = ('a'..='z').zip(1..).collect();
    let score = |w: &&str| -> u32 { w.chars().filter_map(|c| weights.get(&c)).sum() };
    words.sort_by_key(score);
    let scored: Vec<(u32, &str)> = words.iter().map(|w| (score(w), *w)).collect();
    println!("by score: {:?}", scored);

    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x * 10 + k) as Box<dyn Fn(i32) -> i32>).collect();
    let folded = adders.iter().fold(0, |acc, f| f(acc));
    println!("folded {}", folded);
}
