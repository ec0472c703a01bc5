use std::collections::{BTreeMap, BTreeSet, HashMap};

const TEXT: &str = "The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick-thinking fox, a lazy afternoon... Over and over, the
story repeats: fox, dog, fox.";

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let s = text[start..i].trim();
            if !s.is_empty() { out.push(s); }
            start = i + c.len_utf8();
        }
    }
    let tail = text[start..].trim();
    if !tail.is_empty() { out.push(tail); }
    out
}

fn main() {
    let mut freq: HashMap<String, usize> = HashMap::new();
    for w in words(TEXT) { *freq.entry(w).or_insert(0) += 1; }

    let mut ranked: Vec<(&String, &usize)> = freq.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("{:<16}{:>5}", "WORD", "COUNT");
    for (w, c) in ranked.iter().take(6) {
        println!("{:<16}{:>5} {}", w, c, "#".repeat(**c));
    }

    let total: usize = freq.values().sum();
    let unique = freq.len();
    println!("total={total} unique={unique} ratio={:.3}", unique as f64 / total as f64);

    let by_len: BTreeMap<usize, BTreeSet<&str>> = freq.keys().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.chars().count()).or_insert_with(BTreeSet::new).insert(w.as_str());
        m
    });
    for (len, ws) in by_len.range(5..) {
        println!("len {len:>2}: {}", ws.iter().cloned().collect::<Vec<_>>().join(", "));
    }
    if let Some((len, ws)) = by_len.last_key_value() { println!("longest ({len}): {:?}", ws); }

    for (i, s) in sentences(TEXT).iter().enumerate() {
        let wc = s.split_whitespace().count();
        let first = s.split_whitespace().next().unwrap_or("");
        println!("S{}: {:>2} words, starts with {:?}", i + 1, wc, first);
    }

    let all: Vec<String> = words(TEXT).collect();
    let mut bigrams: BTreeMap<(String, String), u32> = BTreeMap::new();
    for pair in all.windows(2) {
        *bigrams.entry((pair[0].clone(), pair[1].clone())).or_default() += 1;
    }
    let repeated: Vec<String> = bigrams.iter().filter(|(_, n)| **n > 1).map(|((a, b), n)| format!("{a} {b} x{n}")).collect();
    println!("repeated bigrams: {:?}", repeated);

    let letters: BTreeMap<char, usize> = TEXT.chars().filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .fold(BTreeMap::new(), |mut m, c| { *m.entry(c).or_insert(0) += 1; m });
    let top = letters.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).unwrap();
    let missing: String = ('a'..='z').filter(|c| !letters.contains_key(c)).collect();
    println!("top letter {:?} x{}, missing letters: {:?}", top.0, top.1, missing);
    let vowels = TEXT.bytes().filter(|b| b"aeiouAEIOU".contains(b)).count();
    println!("vowels={vowels}, lines={}, caps={}", TEXT.lines().count(), TEXT.chars().filter(|c| c.is_uppercase()).count());
    let reversed_title: String = "quick brown fox".split(' ').map(|w| w.chars().rev().collect::<String>()).collect::<Vec<_>>().join(" ");
    println!("{}", reversed_title.to_uppercase());
}
