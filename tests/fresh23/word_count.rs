use std::collections::{BTreeMap, HashMap, HashSet};

fn word_count(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    let words = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase());
    for w in words {
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

fn sorted_by_count(counts: &HashMap<String, u32>) -> Vec<(&str, u32)> {
    let mut v: Vec<(&str, u32)> = counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

trait TextStats {
    fn text(&self) -> &str;

    fn word_total(&self) -> usize {
        word_count(self.text()).values().map(|&n| n as usize).sum()
    }

    fn unique_words(&self) -> usize {
        word_count(self.text()).len()
    }

    fn longest_word(&self) -> Option<String> {
        let counts = word_count(self.text());
        let mut keys: Vec<&String> = counts.keys().collect();
        keys.sort();
        keys.into_iter().max_by_key(|k| k.len()).cloned()
    }
}

struct Document<'a> {
    title: &'a str,
    body: &'a str,
}

impl TextStats for Document<'_> {
    fn text(&self) -> &str {
        self.body
    }
}

fn main() {
    let samples = [
        "word",
        "one of each",
        "one fish two fish red fish blue fish",
        "one,two,three",
        "car: carpet as java: javascript!!&@$%^&",
        "testing, 1, 2 testing",
        "go Go GO Stop stop",
        "Joe can't tell between 'large' and large.",
        " multiple   whitespaces ",
    ];
    for s in samples {
        let counts = word_count(s);
        let sorted: BTreeMap<_, _> = counts.iter().collect();
        println!("{:<45} -> {:?}", format!("{s:?}"), sorted);
    }

    let doc = Document {
        title: "Hamlet excerpt",
        body: "To be, or not to be, that is the question: Whether 'tis nobler in the mind to suffer \
               The slings and arrows of outrageous fortune, Or to take arms against a sea of troubles \
               And by opposing end them. To die, to sleep, No more; and by a sleep to say we end",
    };
    println!("\n# {}", doc.title);
    println!("total words : {:>4}", doc.word_total());
    println!("unique words: {:>4}", doc.unique_words());
    println!("longest     : {:>4}", doc.longest_word().unwrap_or_default());

    let counts = word_count(doc.body);
    println!("\nTop 8 words:");
    for (rank, (w, n)) in sorted_by_count(&counts).iter().take(8).enumerate() {
        println!("{:>2}. {:<10} {:>3} {}", rank + 1, w, n, "=".repeat(*n as usize * 2));
    }

    let stop: HashSet<&str> = ["to", "the", "a", "and", "of", "or", "by", "is"].into_iter().collect();
    let mut content: Vec<&str> = counts.keys().map(|s| s.as_str()).filter(|w| !stop.contains(w)).collect();
    content.sort();
    println!("\ncontent words ({}): {}", content.len(), content.join(" "));

    let by_initial: BTreeMap<char, Vec<&str>> = content.iter().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.chars().next().unwrap()).or_insert_with(Vec::new).push(*w);
        m
    });
    for (c, ws) in by_initial.iter().filter(|(_, ws)| ws.len() > 1) {
        println!("  {c}: {ws:?}");
    }
}
