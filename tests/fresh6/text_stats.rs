use std::collections::{BTreeMap, HashMap, HashSet};

const TEXT: &str = "The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A quick, quiet fox is a happy fox.";

#[derive(Debug, Default, Clone, PartialEq)]
struct Stats {
    lines: usize,
    words: usize,
    chars: usize,
    letters: usize,
    vowels: usize,
    punctuation: usize,
}

fn normalize(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn compute(text: &str) -> Stats {
    let mut s = Stats::default();
    for line in text.lines() {
        s.lines += 1;
        s.words += line.split_whitespace().count();
    }
    s.chars = text.chars().count();
    s.letters = text.chars().filter(|c| c.is_alphabetic()).count();
    s.vowels = text
        .chars()
        .filter(|c| "aeiouAEIOU".contains(*c))
        .count();
    s.punctuation = text.chars().filter(|c| c.is_ascii_punctuation()).count();
    s
}

fn main() {
    let stats = compute(TEXT);
    println!("{:#?}", stats);

    let mut freq: HashMap<String, usize> = HashMap::new();
    for w in TEXT.split_whitespace().map(normalize).filter(|w| !w.is_empty()) {
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut ranked: Vec<(&String, &usize)> = freq.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("top words:");
    for (w, c) in ranked.iter().take(5) {
        println!("  {:<8}{:>3} {}", w, c, "*".repeat(**c));
    }

    let by_len: BTreeMap<usize, Vec<String>> = freq.keys().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(w.clone());
        m
    });
    for (len, words) in &by_len {
        let mut ws = words.clone();
        ws.sort();
        println!("len {:>2}: {}", len, ws.join(", "));
    }

    let letters: BTreeMap<char, usize> = TEXT
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .fold(BTreeMap::new(), |mut m, c| {
            *m.entry(c).or_default() += 1;
            m
        });
    let line: String = letters.iter().map(|(c, n)| format!("{}{}", c, n)).collect::<Vec<_>>().join(" ");
    println!("letters: {}", line);
    let missing: String = ('a'..='z').filter(|c| !letters.contains_key(c)).collect();
    println!("missing letters: {:?}", missing);

    let first_caps: Vec<(usize, char)> = TEXT
        .char_indices()
        .filter(|(_, c)| c.is_uppercase())
        .collect();
    println!("capitals at: {:?}", first_caps);

    let unique: HashSet<String> = TEXT.split_whitespace().map(normalize).collect();
    let mut uniq_sorted: Vec<_> = unique.into_iter().collect();
    uniq_sorted.sort_unstable();
    println!("{} unique: {}", uniq_sorted.len(), uniq_sorted.join("|"));

    let longest = TEXT.split_whitespace().map(normalize).max_by_key(|w| w.len()).unwrap_or_default();
    let avg = stats.letters as f64 / stats.words as f64;
    println!("longest word: {}, avg letters/word: {:>7.3}", longest, avg);
    for (n, l) in TEXT.lines().enumerate() {
        let shout = l.to_uppercase();
        println!("{:>2}: {:<40}|{:>3}", n + 1, shout, l.len());
    }
}
