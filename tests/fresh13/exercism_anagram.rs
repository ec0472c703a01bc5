use std::collections::HashSet;

fn normalize(word: &str) -> Vec<char> {
    let mut chars: Vec<char> = word.to_lowercase().chars().collect();
    chars.sort_unstable();
    chars
}

pub fn anagrams_for<'a>(word: &str, possible: &[&'a str]) -> HashSet<&'a str> {
    let lower = word.to_lowercase();
    let key = normalize(word);
    possible
        .iter()
        .copied()
        .filter(|cand| {
            let cl = cand.to_lowercase();
            cl != lower && normalize(cand) == key
        })
        .collect()
}

fn sorted(set: HashSet<&str>) -> Vec<&str> {
    let mut v: Vec<&str> = set.into_iter().collect();
    v.sort();
    v
}

fn main() {
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("listen", vec!["enlists", "google", "inlets", "banana", "Silent", "tinsel"]),
        ("master", vec!["stream", "pigeon", "maters", "Master"]),
        ("BANANA", vec!["banana", "Banana", "nabana"]),
        ("ΑΒΓ", vec!["ΒΓΑ", "ΒΓΔ", "γβα", "αβγ"]),
        ("go", vec!["goa", "og", "Go"]),
    ];
    for (word, cands) in &cases {
        let result = sorted(anagrams_for(word, cands));
        println!("{word:>8} -> {:?} ({} of {})", result, result.len(), cands.len());
    }

    let empty: [&str; 0] = [];
    assert_eq!(anagrams_for("abc", &empty).len(), 0);
    assert_eq!(sorted(anagrams_for("stone", &["tones", "notes", "Stone", "onset"])), vec!["notes", "onset", "tones"]);
    println!("all anagram checks passed");
}
