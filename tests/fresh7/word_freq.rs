use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom, \
it was the age of foolishness... Joe can't tell between 'large' and large. \
The THE the: \"times\" -- wisdom!";

fn clean_word(raw: &str) -> Option<Cow<'_, str>> {
    let trimmed = raw.trim_matches(|c: char| c.is_ascii_punctuation());
    if trimmed.is_empty() || !trimmed.chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    if trimmed.chars().all(|c| !c.is_uppercase()) {
        Some(Cow::Borrowed(trimmed))
    } else {
        Some(Cow::Owned(trimmed.to_lowercase()))
    }
}

fn word_count(text: &str) -> HashMap<Cow<'_, str>, u32> {
    let mut counts = HashMap::new();
    for raw in text.split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\'')) {
        if let Some(w) = clean_word(raw) {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    counts
}

fn main() {
    let counts = word_count(TEXT);
    let mut sorted: Vec<(&str, u32)> = counts.iter().map(|(k, v)| (k.as_ref(), *v)).collect();
    sorted.sort_by_key(|&(w, _)| w);
    sorted.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    println!("distinct words: {}", sorted.len());
    let width = sorted.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    for (word, n) in &sorted {
        println!("{:>width$} | {:<3}| {}", word, n, "*".repeat(*n as usize), width = width);
    }

    let borrowed = counts.keys().filter(|k| matches!(k, Cow::Borrowed(_))).count();
    let owned = counts.len() - borrowed;
    println!("borrowed keys: {}, owned keys: {}", borrowed, owned);

    let by_freq: BTreeMap<u32, Vec<&str>> = sorted.iter().fold(BTreeMap::new(), |mut m, &(w, n)| {
        m.entry(n).or_insert_with(Vec::new).push(w);
        m
    });
    for (n, words) in by_freq.iter().rev() {
        println!("freq {}: {:?}", n, words);
    }
    let rare: Vec<_> = by_freq.range(..2).flat_map(|(_, v)| v.iter()).collect();
    println!("words seen once: {}", rare.len());
    let mid: Vec<(&u32, usize)> = by_freq.range(2..=4).map(|(k, v)| (k, v.len())).collect();
    println!("freq 2..=4 buckets: {:?}", mid);

    let total: u32 = counts.values().sum();
    let avg_len = sorted.iter().map(|(w, n)| w.chars().count() as f64 * *n as f64).sum::<f64>() / total as f64;
    println!("total words {} avg length {:.4} ({:08.3})", total, avg_len, avg_len);

    let mut by_initial: BTreeMap<char, u32> = BTreeMap::new();
    for (w, n) in &sorted {
        if let Some(c) = w.chars().next() {
            *by_initial.entry(c).or_default() += n;
        }
    }
    println!("by initial letter: {:?}", by_initial);

    let samples = ["'large'", "can't", "...", "THE", "\"times\"", "''"];
    for s in samples {
        println!("clean_word({:?}) = {:?}", s, clean_word(s));
    }
    let lookup = ["the", "times", "dickens"];
    let found: Vec<(&str, Option<&u32>)> = lookup.iter().map(|w| (*w, counts.get(*w))).collect();
    println!("lookups: {:?}", found);
}
