use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct WordStat<'a> {
    count: usize,
    word: &'a str,
    first_line: usize,
}

const TEXT: &str = "The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away, quick as light!
A lazy afternoon: the dog sleeps, the fox hides.
Quick thinking saves the day -- or does it? The end.";

fn normalize(raw: &str) -> String {
    raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn top_n<'s, 'a>(stats: &'s [WordStat<'a>], n: usize) -> Vec<&'s WordStat<'a>> {
    let mut v: Vec<&WordStat> = stats.iter().collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(b.word)));
    v.truncate(n);
    v
}

fn main() {
    let lowered: Vec<(usize, String)> = TEXT
        .lines()
        .enumerate()
        .flat_map(|(i, line)| line.split_whitespace().map(move |w| (i + 1, normalize(w))))
        .filter(|(_, w)| !w.is_empty())
        .collect();
    println!("total words: {}", lowered.len());

    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    for (line, w) in &lowered {
        *counts.entry(w.as_str()).or_insert(0) += 1;
        first_seen.entry(w.as_str()).or_insert(*line);
    }
    println!("distinct words: {}", counts.len());

    let stats: Vec<WordStat> = counts
        .iter()
        .map(|(w, c)| WordStat { count: *c, word: w, first_line: first_seen[w] })
        .collect();
    println!("-- top 6 --");
    for (rank, s) in top_n(&stats, 6).iter().enumerate() {
        let bar = "#".repeat(s.count);
        println!("{:>2}. {:<8} {:>2} {} (line {})", rank + 1, s.word, s.count, bar, s.first_line);
    }

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in counts.keys() { by_len.entry(w.len()).or_default().push(w); }
    for words in by_len.values_mut() { words.sort_unstable(); }
    println!("-- words by length --");
    for (len, words) in &by_len { println!("{:>2}: {}", len, words.join(" ")); }

    let singles = stats.iter().filter(|s| s.count == 1).count();
    println!("hapax legomena: {}", singles);
    let longest = stats.iter().max_by(|a, b| a.word.len().cmp(&b.word.len()).then(b.word.cmp(a.word))).unwrap();
    println!("longest word: {:?}", longest);

    let per_line: Vec<usize> = TEXT.lines().map(|l| l.split_whitespace().count()).collect();
    println!("words per line: {:?}", per_line);
    let letters: usize = TEXT.chars().filter(|c| c.is_alphabetic()).count();
    let mut letter_freq: BTreeMap<char, u32> = BTreeMap::new();
    for c in TEXT.chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_lowercase()) {
        *letter_freq.entry(c).or_default() += 1;
    }
    let mut lf: Vec<(char, u32)> = letter_freq.into_iter().collect();
    lf.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
    println!("letters: {}, top letters: {:?}", letters, &lf[..5]);
    let the = counts.get("the").copied().unwrap_or(0);
    println!("'the' is {:.1}% of all words", 100.0 * the as f64 / lowered.len() as f64);
    let mut sorted_stats = stats.clone();
    sorted_stats.sort();
    println!("min stat by derived Ord: {:?}", sorted_stats.first());
}
