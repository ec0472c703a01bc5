use std::collections::{BTreeMap, HashMap, HashSet};

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair -- we had everything before us; we had nothing before us.";

fn normalize(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() { None } else { Some(w.to_lowercase()) }
}

fn main() {
    let stop: HashSet<&str> = ["the", "of", "it", "was", "we", "us"].into_iter().collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut total_words = 0;
    for word in TEXT.split_whitespace() {
        if let Some(w) = normalize(word) {
            total_words += 1;
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    println!("total words: {}, distinct: {}", total_words, counts.len());

    let mut sorted: Vec<(&String, &usize)> = counts.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("top 8 overall:");
    for (rank, (w, c)) in sorted.iter().take(8).enumerate() {
        println!("  {:>2}. {:<12} {:>3} {}", rank + 1, w, c, "*".repeat(**c));
    }

    let content: Vec<_> = sorted.iter().filter(|(w, _)| !stop.contains(w.as_str())).take(6).collect();
    println!("top content words: {:?}", content);

    let mut letters: BTreeMap<char, u32> = BTreeMap::new();
    for c in TEXT.chars().filter(|c| c.is_alphabetic()) {
        *letters.entry(c.to_ascii_lowercase()).or_default() += 1;
    }
    let letter_total: u32 = letters.values().sum();
    let mut line = String::new();
    for (i, (c, n)) in letters.iter().enumerate() {
        line.push_str(&format!("{}:{:<3}", c, n));
        if i % 9 == 8 {
            println!("{}", line.trim_end());
            line.clear();
        }
    }
    if !line.is_empty() {
        println!("{}", line.trim_end());
    }
    let (top_c, top_n) = letters.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c))).unwrap();
    println!("most common letter: {:?} ({:.2}% of {})", top_c, *top_n as f64 * 100.0 / letter_total as f64, letter_total);

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in counts.keys() {
        by_len.entry(w.len()).or_default().push(w);
    }
    for (len, words) in by_len.iter_mut() {
        words.sort();
        println!("len {:>2}: {}", len, words.join(", "));
    }
    let line_stats: Vec<(usize, usize)> = TEXT
        .lines()
        .map(|l| (l.split_whitespace().count(), l.chars().filter(|c| c.is_ascii_punctuation()).count()))
        .collect();
    println!("per-line (words, punct): {:?}", line_stats);
    let longest = TEXT.lines().enumerate().max_by_key(|(_, l)| l.len()).map(|(i, l)| (i, l.len()));
    println!("longest line: {:?}", longest);
}
