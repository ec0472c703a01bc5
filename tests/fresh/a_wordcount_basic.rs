// Classic word counter: HashMap<String, usize>, sorted by count desc then word asc.
use std::collections::HashMap;

fn normalize(word: &str) -> Option<String> {
    let cleaned: String = word
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '\'')
        .collect::<String>()
        .to_lowercase();
    if cleaned.is_empty() { None } else { Some(cleaned) }
}

fn count_words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace().filter_map(normalize) {
        *counts.entry(word).or_default() += 1;
    }
    counts
}

fn main() {
    let text = "
        The rain in Spain stays mainly in the plain.
        In Hartford, Hereford, and Hampshire, hurricanes hardly ever happen!
        The plain truth: rain is rain -- and Spain is Spain.
    ";
    let counts = count_words(text);
    let mut entries: Vec<(&String, &usize)> = counts.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));

    println!("{} words, {} distinct", counts.values().sum::<usize>(), counts.len());
    println!("{:<12}{:>5}", "WORD", "COUNT");
    for (word, n) in entries.iter().take(8) {
        println!("{:<12}{:>5}", word, n);
    }
    let singles: Vec<&str> = {
        let mut v: Vec<&str> = counts.iter().filter(|(_, n)| **n == 1).map(|(w, _)| w.as_str()).collect();
        v.sort_unstable();
        v
    };
    println!("used once ({}): {}", singles.len(), singles.join(" "));
    let longest = counts.keys().max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a))).unwrap();
    println!("longest word: {} ({} chars)", longest, longest.len());
    println!("'spain' appears {} times, 'france' {}", counts.get("spain").copied().unwrap_or(0),
        counts.get("france").copied().unwrap_or(0));
}
