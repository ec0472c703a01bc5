// editions: 2015 2018 2021 2024
// A function whose tail expression locks a local Mutex: the MutexGuard temporary outlives the local
// `stats` before 2024 (E0597); in 2024 it is dropped before the locals.
use std::collections::HashMap;
use std::sync::Mutex;

fn word_stats(text: &str) -> usize {
    let stats: Mutex<HashMap<String, usize>> = Mutex::new(HashMap::new());
    for w in text.split_whitespace() {
        let mut map = stats.lock().unwrap();
        *map.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    stats.lock().unwrap().len()
}

fn main() {
    let texts = ["the cat saw the dog", "A a a", ""];
    for t in texts.iter() {
        println!("{:?}: {} distinct", t, word_stats(t));
    }
}
