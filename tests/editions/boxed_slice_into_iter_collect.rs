// editions: 2015 2018 2021 2024
// Collecting the Strings of a Box<[String]> with `.into_iter()`: before 2024 the items are &String
// (E0277 for Vec<String>); in 2024 the boxed slice is iterated by value.
use std::collections::BTreeSet;

struct Dictionary {
    words: Box<[String]>,
}

impl Dictionary {
    fn new(text: &str) -> Dictionary {
        let v: Vec<String> = text.split(',').map(|w| w.trim().to_string()).collect();
        Dictionary { words: v.into_boxed_slice() }
    }

    fn into_sorted(self) -> Vec<String> {
        let set: BTreeSet<String> = self.words.into_iter().collect();
        set.into_iter().collect()
    }
}

fn main() {
    let d = Dictionary::new("pear, apple, fig, apple, kiwi");
    println!("{} words", d.words.len());
    let sorted = d.into_sorted();
    println!("{:?}", sorted);
}
