use std::collections::HashSet;

fn sorted_letters(word: &str) -> Vec<char> {
    let mut v: Vec<char> = word.chars().collect();
    v.sort_unstable();
    v
}

pub fn anagrams_for<'a>(word: &str, possible_anagrams: &[&'a str]) -> HashSet<&'a str> {
    let lower = word.to_lowercase();
    let key = sorted_letters(&lower);
    possible_anagrams
        .iter()
        .filter(|candidate| {
            let c = candidate.to_lowercase();
            c != lower && sorted_letters(&c) == key
        })
        .copied()
        .collect()
}

fn show(word: &str, candidates: &[&str]) {
    let found = anagrams_for(word, candidates);
    let mut list: Vec<&str> = found.into_iter().collect();
    list.sort();
    println!("{:>10} -> {:?}", word, list);
}

fn main() {
    show("listen", &["enlists", "google", "inlets", "banana", "Silent", "tinsel"]);
    show("master", &["stream", "pigeon", "maters", "Master"]);
    show("Orchestra", &["cashregister", "Carthorse", "radishes"]);
    show("good", &["dog", "goody"]);
    show("ΑΒΓ", &["ΒΓΑ", "ΒΓΔ", "γβα", "αβγ"]);
    show("allergy", &["gallery", "ballerina", "regally", "clergy", "largely", "leading"]);
    let none = anagrams_for("zzz", &[]);
    println!("empty candidates: {} found, is_empty={}", none.len(), none.is_empty());
}
