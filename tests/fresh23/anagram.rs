use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Normalize a word into a sorted vector of lowercase chars.
fn signature(word: &str) -> Vec<char> {
    let mut chars: Vec<char> = word.to_lowercase().chars().collect();
    chars.sort_unstable();
    chars
}

fn anagrams_for<'a>(word: &str, candidates: &[&'a str]) -> BTreeSet<&'a str> {
    let lower = word.to_lowercase();
    let sig = signature(word);
    candidates
        .iter()
        .copied()
        .filter(|c| c.to_lowercase() != lower)
        .filter(|c| signature(c) == sig)
        .collect()
}

struct AnagramIndex<'a> {
    groups: HashMap<String, Vec<&'a str>>,
}

impl<'a> AnagramIndex<'a> {
    fn new(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut groups: HashMap<String, Vec<&'a str>> = HashMap::new();
        for w in words {
            let key: String = signature(w).into_iter().collect();
            groups.entry(key).or_default().push(w);
        }
        AnagramIndex { groups }
    }

    fn sorted_groups(&self) -> BTreeMap<&str, Vec<&'a str>> {
        self.groups
            .iter()
            .filter(|(_, v)| v.len() > 1)
            .map(|(k, v)| {
                let mut v = v.clone();
                v.sort();
                v.dedup();
                (k.as_str(), v)
            })
            .collect()
    }

    fn largest(&self) -> Option<(usize, &str)> {
        self.groups
            .iter()
            .map(|(k, v)| (v.len(), k.as_str()))
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(a.1)))
    }
}

fn main() {
    let candidates = ["enlists", "google", "inlets", "banana", "Listen", "silent", "tinsel", "LISTEN"];
    let tests = ["listen", "Google", "stone", "Silent"];
    for t in tests {
        let found = anagrams_for(t, &candidates);
        println!("{:<8} -> {:?}", t, found);
    }

    let dictionary = "tea eat ate tan nat bat tab stop pots tops spot opts post cat act dog god odg";
    let index = AnagramIndex::new(dictionary.split_whitespace());
    println!("\nAnagram groups (size > 1):");
    for (key, words) in index.sorted_groups() {
        println!("  [{:>5}] {:>2} words: {}", key, words.len(), words.join(", "));
    }
    match index.largest() {
        Some((n, key)) => println!("Largest group: '{}' with {} members", key, n),
        None => println!("No groups"),
    }

    // count of words per signature length
    let mut by_len: BTreeMap<usize, usize> = BTreeMap::new();
    for w in dictionary.split_whitespace() {
        *by_len.entry(w.len()).or_insert(0) += 1;
    }
    for (len, count) in &by_len {
        println!("length {len}: {count:>3} word(s) {}", "*".repeat(*count));
    }

    let pairs: Vec<(&str, &str)> = vec![("Dormitory", "dirtyroom"), ("hello", "world"), ("Astronomer", "moonstarer")];
    for (a, b) in pairs {
        let same = signature(a) == signature(b);
        println!("{a:>12} vs {b:<12} anagram? {same}");
    }
}
