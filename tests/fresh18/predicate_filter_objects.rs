// Trait objects holding references: Box<dyn Fn(&str) -> bool + 'a> built from
// borrowed configuration, stored in a struct with a lifetime.
use std::collections::{BTreeSet, HashSet};

struct Rule<'a> {
    name: String,
    check: Box<dyn Fn(&str) -> bool + 'a>,
}

struct Filter<'a> {
    rules: Vec<Rule<'a>>,
    rejected: Vec<(&'a str, String)>,
}

impl<'a> Filter<'a> {
    fn new() -> Self {
        Filter { rules: Vec::new(), rejected: Vec::new() }
    }

    fn add(&mut self, name: &str, check: impl Fn(&str) -> bool + 'a) -> &mut Self {
        self.rules.push(Rule { name: name.to_string(), check: Box::new(check) });
        self
    }

    fn run(&mut self, inputs: &[&'a str]) -> Vec<&'a str> {
        let mut kept = Vec::new();
        for &inp in inputs {
            match self.rules.iter().find(|r| !(r.check)(inp)) {
                Some(r) => self.rejected.push((inp, r.name.clone())),
                None => kept.push(inp),
            }
        }
        kept
    }
}

fn min_len<'a>(n: usize) -> Box<dyn Fn(&str) -> bool + 'a> {
    Box::new(move |s: &str| s.chars().count() >= n)
}

fn any_of<'a>(preds: Vec<Box<dyn Fn(&str) -> bool + 'a>>) -> impl Fn(&str) -> bool + 'a {
    move |s| preds.iter().any(|p| p(s))
}

fn main() {
    let stopwords: HashSet<&str> = ["the", "and", "of"].into_iter().collect();
    let allowed_initials: BTreeSet<char> = "abcdefghijklmnopqrs".chars().collect();
    let banned_suffix = String::from("ing");
    let text = String::from("the quick analysis of running data and jumping frogs near big cliffs so far");
    let words: Vec<&str> = text.split(' ').collect();

    let mut kept_count = 0usize;
    let kept;
    let rejected: Vec<(&str, String)>;
    {
        let mut f = Filter::new();
        f.add("stopword", |w| !stopwords.contains(w))
            .add("initial", |w| w.chars().next().is_some_and(|c| allowed_initials.contains(&c)))
            .add("suffix", |w| !w.ends_with(banned_suffix.as_str()));
        f.rules.push(Rule { name: "minlen".into(), check: min_len(3) });
        kept = f.run(&words);
        kept_count += kept.len();
        rejected = std::mem::take(&mut f.rejected);
    }
    println!("kept {} : {:?}", kept_count, kept);
    for (w, why) in &rejected {
        println!("  rejected {:<9} by {}", w, why);
    }

    let long_or_b = any_of(vec![min_len(6), Box::new(|s: &str| s.starts_with('b'))]);
    let picked: Vec<&str> = words.iter().copied().filter(|w| long_or_b(w)).collect();
    println!("long or b: {:?}", picked);

    let limit = 4;
    let short = |s: &str| s.len() < limit;
    let has_a = |s: &str| s.contains('a');
    let checks: Vec<(&str, &dyn Fn(&str) -> bool)> = vec![("short", &short), ("has_a", &has_a)];
    for (label, c) in &checks {
        let n = words.iter().filter(|w| c(w)).count();
        println!("{} matches {}", label, n);
    }
    let reason_counts = rejected.iter().fold(std::collections::BTreeMap::new(), |mut m, (_, r)| {
        *m.entry(r.as_str()).or_insert(0) += 1;
        m
    });
    println!("reasons: {:?}", reason_counts);
}
