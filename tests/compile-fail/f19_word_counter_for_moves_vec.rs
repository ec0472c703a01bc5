// Word counter: iterating `for w in words` consumes the vector.
use std::collections::HashMap;

fn split_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps.";
    let words = split_words(text);

    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in words {
        *counts.entry(w).or_insert(0) += 1;
    }

    let mut sorted: Vec<(&String, &usize)> = counts.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));

    for (word, n) in sorted.iter().take(3) {
        println!("{:>8}: {}", word, n);
    }

    // Mistake: `words` was consumed by the for loop.
    println!("total words: {}", words.len());
}
