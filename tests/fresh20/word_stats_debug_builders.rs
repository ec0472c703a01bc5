use std::collections::{BTreeMap, HashMap};
use std::fmt;

const TEXT: &str = "It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief, it was the epoch of incredulity!
\"Was it?\" -- the narrator asked. (Nobody answered.)";

struct WordCounts {
    counts: HashMap<String, usize>,
    total: usize,
}

impl WordCounts {
    fn from_text(t: &str) -> Self {
        let mut counts = HashMap::new();
        let mut total = 0;
        for w in t.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            if w.is_empty() {
                continue;
            }
            *counts.entry(w).or_insert(0) += 1;
            total += 1;
        }
        WordCounts { counts, total }
    }
    fn sorted(&self) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = self.counts.iter().map(|(k, &n)| (k.as_str(), n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}

impl fmt::Debug for WordCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let top: Vec<(&str, usize)> = self.sorted().into_iter().take(4).collect();
        f.debug_struct("WordCounts")
            .field("distinct", &self.counts.len())
            .field("total", &self.total)
            .field("top", &DebugMap(&top))
            .finish()
    }
}

struct DebugMap<'a>(&'a [(&'a str, usize)]);

impl fmt::Debug for DebugMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
    }
}

struct Sentence<'a> {
    words: Vec<&'a str>,
    terminator: Option<char>,
}

impl fmt::Debug for Sentence<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sentence{:?} ", self.terminator.map(String::from).unwrap_or_default())?;
        f.debug_list().entries(self.words.iter().take(3)).entry(&format_args!("..{} more", self.words.len().saturating_sub(3))).finish()
    }
}

fn sentences(t: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in t.char_indices() {
        if matches!(c, '.' | '!' | '?' | ';') {
            let words: Vec<&str> = t[start..i].split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty()).collect();
            if !words.is_empty() {
                out.push(Sentence { words, terminator: Some(c) });
            }
            start = i + c.len_utf8();
        }
    }
    out
}

fn main() {
    let wc = WordCounts::from_text(TEXT);
    println!("{:?}", wc);
    println!("{:#?}", wc);
    for (w, n) in wc.sorted().iter().take(6) {
        println!("{:<8}{:>3} {}", w, n, "*".repeat(*n));
    }
    let by_len: BTreeMap<usize, Vec<&str>> = wc.sorted().into_iter().fold(BTreeMap::new(), |mut m, (w, _)| {
        m.entry(w.len()).or_insert_with(Vec::new).push(w);
        m
    });
    println!("{:?}", by_len.range(7..).collect::<Vec<_>>());
    let ss = sentences(TEXT);
    println!("{} sentences", ss.len());
    for s in &ss {
        println!("{:?}", s);
    }
    println!("{:#?}", ss.last().unwrap());
    let caps: String = TEXT.lines().map(|l| l.split_whitespace().next().unwrap_or("").to_ascii_uppercase()).collect::<Vec<_>>().join("|");
    println!("line openers: {caps}");
    let vowels = TEXT.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("vowels: {vowels}, ratio {:>7.4}", vowels as f64 / TEXT.chars().filter(|c| c.is_alphabetic()).count() as f64);
}
