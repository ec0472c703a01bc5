use std::collections::{BTreeMap, HashMap, HashSet};

struct Doc<'a> { title: &'a str, body: &'a str }

impl<'a> Doc<'a> {
    fn words(&self) -> impl Iterator<Item = String> + 'a {
        self.body.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
    }
    fn longest_word(&self) -> Option<&'a str> {
        self.body.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .fold(None, |best: Option<&'a str>, w| match best { Some(b) if b.len() >= w.len() => Some(b), _ => Some(w) })
    }
}

#[derive(Debug, Default)]
struct Stats { words: usize, unique: usize, avg_len: f64, top: Vec<(String, usize)> }

fn stats(doc: &Doc) -> Stats {
    let mut freq: HashMap<String, usize> = HashMap::new();
    let mut total_len = 0;
    for w in doc.words() { total_len += w.len(); *freq.entry(w).or_insert(0) += 1; }
    let words: usize = freq.values().sum();
    let mut top: Vec<(String, usize)> = freq.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let unique = top.len();
    top.truncate(3);
    Stats { words, unique, avg_len: if words == 0 { 0.0 } else { total_len as f64 / words as f64 }, top }
}

fn main() {
    let docs = [
        Doc { title: "fox", body: "The quick brown fox jumps over the lazy dog. The dog didn't care; the fox did." },
        Doc { title: "rust", body: "Rust is fast. Rust is safe! Is Rust fun? Fearless concurrency, zero-cost abstractions." },
        Doc { title: "empty", body: "  ...  " },
        Doc { title: "poem", body: "roses are red, violets are blue, borrow checkers are strict and so are you" },
    ];
    println!("{:<6}|{:>6}|{:>7}|{:>8}| top", "title", "words", "unique", "avg");
    println!("{:-<6}+{:->6}+{:->7}+{:->8}+{:-<20}", "", "", "", "", "");
    let mut all_stats = Vec::new();
    for d in &docs {
        let s = stats(d);
        let top: Vec<String> = s.top.iter().map(|(w, n)| format!("{}×{}", w, n)).collect();
        println!("{:<6}|{:>6}|{:>7}|{:>8.3}| {}", d.title, s.words, s.unique, s.avg_len, top.join(" "));
        all_stats.push((d.title, s));
    }
    let sets: Vec<HashSet<String>> = docs.iter().map(|d| d.words().collect()).collect();
    let common: Vec<String> = {
        let mut c: Vec<String> = sets[0].intersection(&sets[1]).cloned().collect();
        c.sort();
        c
    };
    println!("common fox/rust: {:?}", common);
    let mut by_initial: BTreeMap<char, Vec<String>> = BTreeMap::new();
    for w in docs.iter().flat_map(|d| d.words()) {
        let e = by_initial.entry(w.chars().next().unwrap()).or_default();
        if !e.contains(&w) { e.push(w); }
    }
    for (c, ws) in by_initial.iter().filter(|(_, ws)| ws.len() >= 3) { println!("{}: {}", c, ws.join(",")); }
    for d in &docs { println!("longest in {:<5} = {:?}", d.title, d.longest_word()); }
    let best = all_stats.iter().max_by(|a, b| a.1.avg_len.partial_cmp(&b.1.avg_len).unwrap()).unwrap();
    println!("highest avg: {} {:#?}", best.0, best.1.top.first());
    let letters: String = docs[1].words().filter_map(|w| w.chars().next()).collect();
    println!("initials: {} ({})", letters, letters.len());
}
