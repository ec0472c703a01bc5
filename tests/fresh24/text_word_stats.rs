use std::collections::{BTreeMap, HashMap, HashSet};

const TEXT: &str = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A fox, a dog, and a cat walked into a bar. Nobody laughed.
Is it not strange? Quick thinking saves the day -- usually.";

struct Stats<'a> {
    words: Vec<&'a str>,
    sentences: usize,
}

impl<'a> Stats<'a> {
    fn from_text(text: &'a str) -> Stats<'a> {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        let sentences = text.chars().filter(|c| matches!(c, '.' | '!' | '?')).count();
        Stats { words, sentences }
    }

    fn frequencies(&self) -> HashMap<String, usize> {
        let mut m = HashMap::new();
        for w in &self.words {
            *m.entry(w.to_lowercase()).or_default() += 1;
        }
        m
    }

    fn longest(&self) -> Option<&'a str> {
        self.words.iter().copied().max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)))
    }

    fn avg_len(&self) -> f64 {
        let total: usize = self.words.iter().map(|w| w.len()).sum();
        total as f64 / self.words.len() as f64
    }
}

fn by_length(words: &[&str]) -> BTreeMap<usize, Vec<String>> {
    let mut m: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for w in words {
        m.entry(w.len()).or_default().push(w.to_lowercase());
    }
    for v in m.values_mut() {
        v.sort();
        v.dedup();
    }
    m
}

fn main() {
    let st = Stats::from_text(TEXT);
    println!("words={} sentences={} lines={}", st.words.len(), st.sentences, TEXT.lines().count());
    println!("average word length: {:.3}", st.avg_len());
    println!("longest: {:?}", st.longest());

    let freq = st.frequencies();
    let mut top: Vec<(&String, &usize)> = freq.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("top words:");
    for (i, (w, c)) in top.iter().take(5).enumerate() {
        println!("{:>2}. {:<8} {}", i + 1, w, "*".repeat(**c));
    }

    let lengths = by_length(&st.words);
    for (len, ws) in lengths.iter().rev().take(3) {
        println!("len {}: {}", len, ws.join(","));
    }

    let letters: HashSet<char> = TEXT.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    let mut missing: Vec<char> = ('a'..='z').filter(|c| !letters.contains(c)).collect();
    missing.sort_unstable();
    println!("missing letters: {:?}", missing);

    let caps: Vec<&str> = st.words.iter().filter(|w| w.chars().next().map_or(false, |c| c.is_uppercase())).copied().collect();
    println!("capitalised: {:?}", caps);

    for (n, line) in TEXT.lines().enumerate() {
        let vowels = line.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
        let upper = line.chars().filter(char::is_ascii_uppercase).count();
        println!("line {}: {:>3} chars, {:>2} vowels, {} upper, starts {:?}", n + 1, line.len(), vowels, upper, &line[..6]);
    }
    let acronym: String = TEXT.lines().filter_map(|l| l.chars().next()).collect();
    println!("acronym: {}", acronym);
}
