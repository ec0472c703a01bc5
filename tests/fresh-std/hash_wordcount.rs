// Word frequencies with HashMap's entry API, then lookups, removals and a sorted report.
use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs \
                over the hill while a quick cat naps";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    println!("empty: len {} cap {} is_empty {}", counts.len(), counts.capacity(), counts.is_empty());
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    println!("distinct words: {}", counts.len());
    println!("the={} fox={} cat={:?} zebra={:?}", counts["the"], counts["fox"], counts.get("cat"), counts.get("zebra"));
    println!("contains dog: {}, contains cow: {}", counts.contains_key("dog"), counts.contains_key("cow"));

    let mut by_count: Vec<(&str, usize)> = counts.iter().map(|(w, c)| (*w, *c)).collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("top 4: {:?}", &by_count[..4]);

    // Lengths histogram with or_default and and_modify.
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in counts.keys() {
        by_len.entry(w.len()).or_default().push(*w);
    }
    let mut lens: Vec<_> = by_len.into_iter().collect();
    lens.sort();
    for (len, mut words) in lens {
        words.sort();
        println!("{len}: {words:?}");
    }

    let mut seen: HashMap<char, u32> = HashMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        seen.entry(c).and_modify(|n| *n += 1).or_insert(1);
    }
    let mut letters: Vec<(char, u32)> = seen.iter().map(|(c, n)| (*c, *n)).collect();
    letters.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("letters: {} most common {:?}", letters.len(), &letters[..3]);

    // Removing and re-inserting.
    println!("remove the: {:?}", counts.remove("the"));
    println!("remove the again: {:?}", counts.remove("the"));
    println!("insert fox: {:?}", counts.insert("fox", 10));
    println!("remove_entry dog: {:?}", counts.remove_entry("dog"));
    if let Some(n) = counts.get_mut("quick") {
        *n *= 100;
    }
    println!("get_key_value quick: {:?}", counts.get_key_value("quick"));
    let total: usize = counts.values().sum();
    println!("len {} total {}", counts.len(), total);
}
