use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

// Normalize a word: only lowercases when needed, otherwise borrows.
fn normalize<'a>(word: &'a str) -> Cow<'a, str> {
    if word.chars().any(|c| c.is_uppercase()) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

fn signature(word: &str) -> String {
    let mut chars: Vec<char> = normalize(word).chars().collect();
    chars.sort_unstable();
    chars.into_iter().collect()
}

fn anagrams_for<'a>(target: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let target_norm = normalize(target);
    let target_sig = signature(target);
    candidates
        .iter()
        .copied()
        .filter(|c| {
            let n = normalize(c);
            n != target_norm && signature(c) == target_sig
        })
        .collect()
}

struct Dictionary<'a> {
    words: Vec<&'a str>,
}

impl<'a> Dictionary<'a> {
    fn new(text: &'a str) -> Self {
        Dictionary { words: text.split_whitespace().collect() }
    }

    fn groups(&self) -> BTreeMap<String, Vec<&'a str>> {
        let mut map: BTreeMap<String, Vec<&'a str>> = BTreeMap::new();
        for w in &self.words {
            map.entry(signature(w)).or_insert_with(Vec::new).push(*w);
        }
        map.retain(|_, v| v.len() > 1);
        for v in map.values_mut() {
            v.sort();
            v.dedup_by_key(|s| s.to_lowercase());
        }
        map
    }
}

fn main() {
    let candidates = ["enlists", "google", "inlets", "banana", "Listen", "silent", "tinsel", "LISTEN"];
    let found = anagrams_for("listen", &candidates);
    println!("anagrams of 'listen': {:?}", found);
    assert_eq!(found, vec!["inlets", "silent", "tinsel"]);

    for word in ["Stop", "pots", "TOPS"] {
        let n = normalize(word);
        let kind = match &n {
            Cow::Borrowed(_) => "borrowed",
            Cow::Owned(_) => "owned",
        };
        println!("{:>6} -> {:<6} ({}) sig={}", word, n, kind, signature(word));
    }

    let text = "stop pots tops opts post spot dog god act cat tac cow elbow below bowel Stop";
    let dict = Dictionary::new(text);
    println!("dictionary has {} words", dict.words.len());
    let groups = dict.groups();
    for (sig, words) in &groups {
        println!("{:^10}| {:>2} | {}", sig, words.len(), words.join(", "));
    }

    let largest = groups.iter().max_by_key(|(_, v)| v.len()).map(|(k, v)| (k.clone(), v.len()));
    println!("largest group: {:?}", largest);

    let letter_counts: HashMap<char, usize> = HashMap::from([('a', 0), ('e', 0), ('o', 0)]);
    let mut counts: Vec<(char, usize)> = letter_counts
        .keys()
        .map(|&c| (c, text.chars().filter(|&x| x == c).count()))
        .collect();
    counts.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
    println!("vowel counts: {:?}", counts);

    let total_anagram_words: usize = groups.values().map(Vec::len).sum();
    println!("total words in anagram groups: {}", total_anagram_words);
    let singles: Vec<&str> = dict
        .words
        .iter()
        .copied()
        .filter(|w| !groups.values().any(|g| g.contains(w)))
        .collect();
    println!("words without partners: {:?}", singles);
}
