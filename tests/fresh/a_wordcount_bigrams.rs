// Counting word pairs (bigrams) and letter frequencies from a poem.
use std::collections::{BTreeMap, HashMap};

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

fn main() {
    let poem = "Twinkle, twinkle, little star,
How I wonder what you are!
Up above the world so high,
Like a diamond in the sky.
Twinkle, twinkle, little star,
How I wonder what you are!";

    let ws = words(poem);
    let mut bigrams: HashMap<(String, String), u32> = HashMap::new();
    for pair in ws.windows(2) {
        *bigrams.entry((pair[0].clone(), pair[1].clone())).or_insert(0) += 1;
    }
    let mut sorted: Vec<_> = bigrams.into_iter().filter(|(_, c)| *c > 1).collect();
    sorted.sort_by(|(a, ca), (b, cb)| cb.cmp(ca).then_with(|| a.cmp(b)));
    println!("repeated bigrams:");
    for ((a, b), c) in &sorted {
        println!("  {:>8} {:<8} {}", a, b, c);
    }

    let mut letters: BTreeMap<char, usize> = BTreeMap::new();
    for ch in poem.chars().filter(char::is_ascii_alphabetic) {
        *letters.entry(ch.to_ascii_lowercase()).or_default() += 1;
    }
    let total: usize = letters.values().sum();
    let (most, most_n) = letters.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).unwrap();
    println!("letters: {} total, {} distinct, most common '{}' x{}", total, letters.len(), most, most_n);
    let missing: String = ('a'..='z').filter(|c| !letters.contains_key(c)).collect();
    println!("missing letters: {}", missing);
    let hist: Vec<String> = letters
        .iter()
        .filter(|&(_, &n)| n >= 8)
        .map(|(c, n)| format!("{}:{:.1}%", c, *n as f64 * 100.0 / total as f64))
        .collect();
    println!("frequent: {}", hist.join(" "));

    let line_lengths: Vec<usize> = poem.lines().map(|l| words(l).len()).collect();
    println!("words per line: {:?} (max {:?})", line_lengths, line_lengths.iter().max());
    let first_letters: String = poem.lines().filter_map(|l| l.chars().next()).collect();
    println!("acrostic: {}", first_letters);
}
