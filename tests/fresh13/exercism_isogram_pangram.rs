use std::collections::{BTreeSet, HashSet};

fn is_isogram(candidate: &str) -> bool {
    let mut seen = HashSet::new();
    candidate
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .all(|c| seen.insert(c))
}

fn missing_letters(sentence: &str) -> BTreeSet<char> {
    let present: HashSet<char> = sentence
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ('a'..='z').filter(|c| !present.contains(c)).collect()
}

fn is_pangram(sentence: &str) -> bool {
    missing_letters(sentence).is_empty()
}

fn repeated(candidate: &str) -> Option<char> {
    let mut counts = [0u8; 26];
    for c in candidate.chars().filter(char::is_ascii_alphabetic) {
        let idx = (c.to_ascii_lowercase() as u8 - b'a') as usize;
        counts[idx] += 1;
        if counts[idx] == 2 {
            return Some(c.to_ascii_lowercase());
        }
    }
    None
}

fn main() {
    let words = [
        "lumberjacks",
        "background",
        "downstream",
        "six-year-old",
        "isograms",
        "Alphabet",
        "thumbscrew-japingly",
        "",
    ];
    for w in words {
        let verdict = if is_isogram(w) { "isogram".to_string() } else {
            format!("repeats '{}'", repeated(w).unwrap_or('?'))
        };
        println!("{:<22} {}", format!("{w:?}"), verdict);
    }

    let sentences = [
        "The quick brown fox jumps over the lazy dog.",
        "a quick movement of the enemy will jeopardize five gunboats",
        "Five quacking Zephyrs jolt my wax bed.",
        "the_quick_brown_fox_jumps_over_the_lazy_dog",
        "",
    ];
    for s in sentences {
        let missing: String = missing_letters(s).into_iter().collect();
        println!("pangram={:<5} missing={:<26} | {}", is_pangram(s), missing, s);
    }
}
