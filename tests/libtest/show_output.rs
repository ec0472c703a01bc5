// A word counter whose tests print as they go, run with --show-output: the output of the passing
// tests is shown too, in a successes section.
use std::collections::BTreeMap;

pub fn word_counts(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

pub fn most_common(text: &str) -> Option<(String, usize)> {
    word_counts(text).into_iter().max_by_key(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words() {
        let counts = word_counts("the cat and the hat");
        println!("counts: {:?}", counts);
        eprintln!("this goes to stderr");
        assert_eq!(counts["the"], 2);
    }

    #[test]
    fn most_common_word() {
        let text = "one fish two fish red fish blue fish";
        for (w, n) in word_counts(text) {
            println!("{w:>5}: {n}");
        }
        assert_eq!(most_common(text), Some(("fish".to_string(), 4)));
    }

    #[test]
    fn ties_pick_last() {
        let text = "b a b a";
        let top = most_common(text);
        println!("top = {:?}", top);
        eprint!("no newline at the end");
        assert_eq!(top, Some(("a".to_string(), 2)));
    }

    #[test]
    fn case_is_ignored() {
        println!("checking case");
        let counts = word_counts("Rust rust RUST");
        assert_eq!(counts.len(), 1);
        assert_eq!(counts.get("rust"), Some(&3));
    }

    #[test]
    fn empty_text() {
        print!("partial line");
        assert_eq!(most_common(""), Some((String::new(), 0)));
    }
}
