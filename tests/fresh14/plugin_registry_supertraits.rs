use std::collections::BTreeMap;
use std::fmt::{self, Display};

trait Named { fn name(&self) -> String; }

trait Plugin: Named + Display {
    fn priority(&self) -> i32 { 0 }
    fn handle(&mut self, input: &str) -> Option<String>;
    fn summary(&self) -> String { format!("{} (prio {})", self.name(), self.priority()) }
}

struct Upper { calls: u32 }
struct Counter { seen: BTreeMap<char, u32> }
struct Reverser;
struct Prefix<'a> { tag: &'a str, min_len: usize }

impl Named for Upper { fn name(&self) -> String { "upper".into() } }
impl Named for Counter { fn name(&self) -> String { "counter".into() } }
impl Named for Reverser { fn name(&self) -> String { "reverser".into() } }
impl<'a> Named for Prefix<'a> { fn name(&self) -> String { format!("prefix[{}]", self.tag) } }

impl Display for Upper { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Upper(calls={})", self.calls) } }
impl Display for Counter {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let top: Vec<String> = self.seen.iter().filter(|(_, n)| **n > 1).map(|(c, n)| format!("{}{}", c, n)).collect();
        write!(f, "Counter({})", top.join(","))
    }
}
impl Display for Reverser { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.write_str("Reverser") } }
impl<'a> Display for Prefix<'a> { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Prefix<{}, {}>", self.tag, self.min_len) } }

impl Plugin for Upper {
    fn priority(&self) -> i32 { 5 }
    fn handle(&mut self, input: &str) -> Option<String> { self.calls += 1; Some(input.to_uppercase()) }
}
impl Plugin for Counter {
    fn priority(&self) -> i32 { -1 }
    fn handle(&mut self, input: &str) -> Option<String> {
        for c in input.chars().filter(|c| c.is_alphabetic()) { *self.seen.entry(c.to_ascii_lowercase()).or_insert(0) += 1; }
        None
    }
}
impl Plugin for Reverser {
    fn handle(&mut self, input: &str) -> Option<String> {
        if input.len() % 2 == 0 { Some(input.chars().rev().collect()) } else { None }
    }
}
impl<'a> Plugin for Prefix<'a> {
    fn priority(&self) -> i32 { 3 }
    fn handle(&mut self, input: &str) -> Option<String> {
        (input.len() >= self.min_len).then(|| format!("{}:{}", self.tag, input))
    }
}

fn describe(p: &dyn Plugin) -> String { format!("{:<14}| {}", p.summary(), p) }

fn main() {
    let tag = String::from("LOG");
    let mut plugins: Vec<Box<dyn Plugin + '_>> = vec![
        Box::new(Reverser), Box::new(Counter { seen: BTreeMap::new() }),
        Box::new(Upper { calls: 0 }), Box::new(Prefix { tag: &tag, min_len: 5 }),
    ];
    plugins.sort_by_key(|p| -p.priority());
    for p in &plugins { println!("{}", describe(p.as_ref())); }
    let inputs = ["hello", "abcd", "rust", "plugins are fun", "x"];
    for inp in inputs {
        let mut outs = Vec::new();
        for p in plugins.iter_mut() {
            if let Some(o) = p.handle(inp) { outs.push(format!("{}={}", p.name(), o)); }
        }
        println!("{:>17} -> [{}]", format!("'{}'", inp), outs.join("; "));
    }
    println!("after:");
    for p in &plugins { println!("  {}", p); }
    let names: Vec<String> = plugins.iter().map(|p| p.name()).collect();
    println!("{}", names.join(","));
}
