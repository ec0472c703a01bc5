use std::collections::HashSet;

fn sorted_lower(word: &str) -> (String, Vec<char>) {
    let lower = word.to_lowercase();
    let mut chars: Vec<char> = lower.chars().collect();
    chars.sort_unstable();
    (lower, chars)
}

pub fn anagrams_for<'a>(word: &str, possible_anagrams: &[&'a str]) -> HashSet<&'a str> {
    let (word_lower, word_sorted) = sorted_lower(word);
    possible_anagrams
        .iter()
        .filter(|candidate| {
            let (cand_lower, cand_sorted) = sorted_lower(candidate);
            cand_lower != word_lower && cand_sorted == word_sorted
        })
        .copied()
        .collect()
}

fn show(word: &str, candidates: &[&str]) {
    let found = anagrams_for(word, candidates);
    let mut list: Vec<&str> = found.into_iter().collect();
    list.sort();
    println!("{:<10} -> {:?}", word, list);
}

fn main() {
    show("diaper", &["hello", "world", "zombies", "pants"]);
    show("listen", &["enlists", "google", "inlets", "banana", "Silent", "tinsel"]);
    show("Orchestra", &["cashregister", "Carthorse", "radishes"]);
    show("BANANA", &["Banana", "banana", "nabana"]);
    show("ΑΒΓ", &["ΒΓΑ", "ΒΓΔ", "γβα", "αβγ"]);
    show("go", &["Go", "og", "OG", "goo"]);

    // Count how many words in a small dictionary have at least one anagram partner.
    let dictionary = ["stop", "pots", "tops", "opts", "spot", "post", "apple", "paple", "tree"];
    let mut with_partner = 0;
    for (i, w) in dictionary.iter().enumerate() {
        let others: Vec<&str> = dictionary
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, s)| *s)
            .collect();
        let n = anagrams_for(w, &others).len();
        if n > 0 {
            with_partner += 1;
        }
        println!("{w}: {n} partner(s)");
    }
    println!("words with partners: {with_partner}/{}", dictionary.len());
}
