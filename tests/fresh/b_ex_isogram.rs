use std::collections::HashSet;

fn check(candidate: &str) -> bool {
    let mut seen = HashSet::new();
    candidate
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .all(|c| seen.insert(c))
}

fn first_repeat(candidate: &str) -> Option<(usize, char)> {
    let mut seen = [false; 26];
    for (i, b) in candidate.bytes().enumerate() {
        if !b.is_ascii_alphabetic() {
            continue;
        }
        let idx = (b.to_ascii_lowercase() - b'a') as usize;
        if seen[idx] {
            return Some((i, b as char));
        }
        seen[idx] = true;
    }
    None
}

fn main() {
    let words = [
        "",
        "isogram",
        "eleven",
        "zzyzx",
        "subdermatoglyphic",
        "Alphabet",
        "thumbscrew-japingly",
        "six-year-old",
        "Emily Jung Schwartzkopf",
        "accentor",
        "angola",
        "up-to-date",
    ];
    let mut count = 0;
    for w in words.iter() {
        let ok = check(w);
        if ok {
            count += 1;
        }
        match first_repeat(w) {
            Some((i, c)) => println!("{:<25} isogram={:<5} first repeat '{}' at {}", format!("{:?}", w), ok, c, i),
            None => println!("{:<25} isogram={}", format!("{:?}", w), ok),
        }
    }
    println!("{} of {} are isograms", count, words.len());
}
