use std::collections::HashMap;

pub fn word_count(words: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in words
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
    {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn print_counts(label: &str, text: &str) {
    let counts = word_count(text);
    let mut entries: Vec<(&String, &u32)> = counts.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("{label} ({} distinct):", entries.len());
    for (word, n) in entries {
        println!("  {word:<12}{n:>3}");
    }
}

fn main() {
    print_counts("one word", "word");
    print_counts("one of each", "one of each");
    print_counts("multiple", "one fish two fish red fish blue fish");
    print_counts("cramped", "one,two,three");
    print_counts("expanded", "one,\ntwo,\nthree");
    print_counts("punctuation", "car: carpet as java: javascript!!&@$%^&");
    print_counts("numbers", "testing, 1, 2 testing");
    print_counts("case", "go Go GO Stop stop");
    print_counts("apostrophes", "'First: don't laugh. Then: don't cry. You're getting it.'");
    print_counts("quotes", "Joe can't tell between 'large' and large.");
    print_counts("spaces", " multiple   whitespaces");
    print_counts("unicode", "Über über straße STRASSE");

    let corpus = "It was the best of times, it was the worst of times, it was the age of wisdom, \
                  it was the age of foolishness";
    let counts = word_count(corpus);
    let total: u32 = counts.values().sum();
    let max = counts.values().copied().max().unwrap_or(0);
    let mut top: Vec<_> = counts.iter().filter(|&(_, &n)| n == max).map(|(w, _)| w.as_str()).collect();
    top.sort_unstable();
    println!("total={total} max={max} top={top:?}");
    let mut lengths: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in counts.keys() {
        lengths.entry(w.len()).or_default().push(w);
    }
    let mut keys: Vec<_> = lengths.keys().copied().collect();
    keys.sort();
    for k in keys {
        let mut ws = lengths[&k].clone();
        ws.sort();
        println!("len {k}: {}", ws.join(" "));
    }
}
