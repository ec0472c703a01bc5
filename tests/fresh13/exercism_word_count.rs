use std::collections::HashMap;

fn word_count(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .for_each(|w| *counts.entry(w).or_insert(0) += 1);
    counts
}

fn top_n(counts: &HashMap<String, u32>, n: usize) -> Vec<(&str, u32)> {
    let mut entries: Vec<(&str, u32)> = counts.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    entries.truncate(n);
    entries
}

fn main() {
    let texts = [
        "one fish two fish red fish blue fish",
        "Joe can't tell between 'large' and large.",
        "car: carpet as java: javascript!!&@$%^&",
        "testing, 1, 2 testing",
        "Go Go GO Stop stop",
        " multiple   whitespaces\tand\nnewlines ",
    ];
    for t in texts {
        let counts = word_count(t);
        let mut keys: Vec<_> = counts.keys().cloned().collect();
        keys.sort();
        let rendered: Vec<String> = keys.iter().map(|k| format!("{k}:{}", counts[k])).collect();
        println!("{:?}", t);
        println!("  all: {}", rendered.join(" "));
        println!("  top2: {:?}", top_n(&counts, 2));
    }

    let c = word_count("First: don't laugh. Then: don't cry. You're getting it.");
    assert_eq!(c["don't"], 2);
    assert_eq!(c.get("then"), Some(&1));
    assert_eq!(c.values().sum::<u32>(), 9);
    println!("asserts ok");
}
