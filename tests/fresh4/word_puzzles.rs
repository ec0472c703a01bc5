// Anagrams, palindromes, acronyms, pangrams and isograms.
use std::collections::{BTreeMap, HashSet};

fn sorted_lower(w: &str) -> Vec<char> {
    let mut v: Vec<char> = w.to_lowercase().chars().collect();
    v.sort_unstable();
    v
}

fn anagrams_for<'a>(word: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let key = sorted_lower(word);
    let lower = word.to_lowercase();
    candidates
        .iter()
        .filter(|c| c.to_lowercase() != lower && sorted_lower(c) == key)
        .copied()
        .collect()
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn acronym(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            let rest: Vec<char> = if w.chars().all(|c| c.is_uppercase()) {
                vec![]
            } else {
                w.chars().skip(1).filter(|c| c.is_uppercase()).collect()
            };
            first.into_iter().chain(rest)
        })
        .collect()
}

fn is_pangram(s: &str) -> bool {
    let set: HashSet<char> = s.to_lowercase().chars().filter(|c| c.is_ascii_lowercase()).collect();
    set.len() == 26
}

fn is_isogram(s: &str) -> bool {
    let mut seen = HashSet::new();
    s.to_lowercase().chars().filter(|c| c.is_alphabetic()).all(|c| seen.insert(c))
}

fn main() {
    let cands = ["enlists", "google", "inlets", "banana", "Listen", "silent", "tinsel"];
    println!("{:?}", anagrams_for("listen", &cands));
    println!("{:?}", anagrams_for("LISTEN", &["Silent", "listen", "LISTEN", "enlist"]));

    let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for w in ["stop", "pots", "tops", "cat", "act", "dog", "opts", "god", "tac"] {
        groups.entry(sorted_lower(w).into_iter().collect()).or_default().push(w);
    }
    for (k, v) in &groups {
        println!("{} => {}", k, v.join(","));
    }

    for s in ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", "", "ab"] {
        println!("{:32} palindrome={}", format!("{:?}", s), is_palindrome(s));
    }
    for p in ["Portable Network Graphics", "Ruby on Rails", "HyperText Markup Language", "Complementary metal-oxide semiconductor", "PHP: Hypertext Preprocessor", "first_in first_out"] {
        println!("{} -> {}", p, acronym(p));
    }
    println!("pangram: {} {}", is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram("Hello world"));
    for w in ["lumberjacks", "isograms", "six-year-old", "Alphabet"] {
        println!("isogram({}) = {}", w, is_isogram(w));
    }
}
