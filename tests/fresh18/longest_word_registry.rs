// Methods that return references tied to self or to arguments.
use std::collections::BTreeMap;

struct Registry {
    words: Vec<String>,
    tags: BTreeMap<String, Vec<usize>>,
}

impl Registry {
    fn new(text: &str) -> Self {
        let words: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();
        let mut tags: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, w) in words.iter().enumerate() {
            let key = w.chars().next().map(|c| c.to_string()).unwrap_or_default();
            tags.entry(key).or_insert_with(Vec::new).push(i);
        }
        Registry { words, tags }
    }

    fn longest<'a>(&'a self, other: &'a str) -> &'a str {
        let mine = self
            .words
            .iter()
            .max_by_key(|w| w.len())
            .map(|s| s.as_str())
            .unwrap_or("");
        if mine.len() >= other.len() { mine } else { other }
    }

    fn word_at(&self, i: usize) -> Option<&str> {
        self.words.get(i).map(String::as_str)
    }

    fn group(&self, letter: &str) -> Vec<&str> {
        match self.tags.get(letter) {
            Some(ix) => ix.iter().filter_map(|&i| self.word_at(i)).collect(),
            None => Vec::new(),
        }
    }

    fn first_with<'s>(&'s self, pred: impl Fn(&str) -> bool) -> Option<&'s String> {
        self.words.iter().find(|w| pred(w))
    }
}

fn pick<'a>(a: &'a str, b: &'a str, prefer_first: bool) -> &'a str {
    if prefer_first { a } else { b }
}

fn main() {
    let reg = Registry::new("The quick brown fox jumps over the lazy dog then trots to the quarry");
    let outside = String::from("extraordinarily");
    let result;
    {
        let candidate = outside.as_str();
        result = reg.longest(candidate);
    }
    println!("longest overall: {}", result);
    let short = "ox";
    println!("longest vs short: {}", reg.longest(short));

    for letter in ["t", "q", "z"] {
        let g = reg.group(letter);
        println!("group {}: {:?}", letter, g);
    }

    let found = reg.first_with(|w| w.contains('o') && w.len() > 4);
    match found {
        Some(w) => println!("first long o-word: {} ({} bytes)", w, w.len()),
        None => println!("none"),
    }

    let mut chosen: Vec<&str> = Vec::new();
    for i in 0..reg.words.len() {
        let a = reg.word_at(i).unwrap();
        let b = reg.word_at(reg.words.len() - 1 - i).unwrap();
        chosen.push(pick(a, b, a.len() >= b.len()));
    }
    println!("chosen: {}", chosen.join(","));

    let counts: BTreeMap<&str, usize> = reg.tags.iter().map(|(k, v)| (k.as_str(), v.len())).collect();
    let top = counts.iter().max_by_key(|(k, v)| (**v, std::cmp::Reverse(**k)));
    println!("top letter: {:?}", top);
}
