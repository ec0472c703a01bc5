use std::collections::HashSet;

// Spell checker: build a boxed predicate from a word list.
fn make_checker(words: &[&str]) -> Box<dyn Fn(&str) -> bool> {
    let dictionary: HashSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
    Box::new(|w: &str| dictionary.contains(&w.to_lowercase()))
}

fn main() {
    let is_known = make_checker(&["apple", "Banana", "cherry"]);
    let sentence = "Apple and banana with kiwi";
    let unknown: Vec<&str> = sentence
        .split_whitespace()
        .filter(|w| !is_known(w))
        .collect();
    println!("unknown words: {:?}", unknown);
}
