use std::collections::BTreeMap;

fn main() {
    let words = ["apple", "avocado", "banana", "blueberry", "cherry"];
    let mut by_letter: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for w in words {
        let first = w.chars().next().unwrap();
        by_letter.entry(first).or_insert_with(Vec::new).push(w);
    }
    by_letter.entry('a').and_modify(|v| v.sort_by(|a, b| b.cmp(a))).or_default();
    println!("{:?}", by_letter);
}
