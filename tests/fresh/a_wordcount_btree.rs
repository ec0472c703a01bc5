// Word index: which line numbers each word appears on, kept in a BTreeMap<String, Vec<usize>>.
use std::collections::{BTreeMap, BTreeSet};

struct Index {
    entries: BTreeMap<String, Vec<usize>>,
    line_count: usize,
}

impl Index {
    fn build(text: &str, min_len: usize) -> Index {
        let mut entries: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut line_count = 0;
        for (no, line) in text.lines().enumerate() {
            line_count += 1;
            for raw in line.split_whitespace() {
                let w = raw.trim_matches(|c: char| c.is_ascii_punctuation()).to_lowercase();
                if w.chars().count() < min_len {
                    continue;
                }
                let lines = entries.entry(w).or_default();
                if lines.last() != Some(&(no + 1)) {
                    lines.push(no + 1);
                }
            }
        }
        Index { entries, line_count }
    }

    fn lookup(&self, word: &str) -> &[usize] {
        self.entries.get(&word.to_lowercase()).map(|v| v.as_slice()).unwrap_or(&[])
    }
}

fn main() {
    let text = "Alice was beginning to get very tired of sitting by her sister on the bank,
and of having nothing to do: once or twice she had peeped into the book her sister was reading,
but it had no pictures or conversations in it, 'and what is the use of a book,'
thought Alice 'without pictures or conversations?'";
    let idx = Index::build(text, 4);
    println!("{} lines, {} indexed words", idx.line_count, idx.entries.len());
    for (word, lines) in idx.entries.iter().filter(|(_, l)| l.len() > 1) {
        let ls: Vec<String> = lines.iter().map(usize::to_string).collect();
        println!("{:.<20}{}", word, ls.join(","));
    }
    for q in ["ALICE", "Book", "rabbit"] {
        println!("lookup {:<7} -> {:?}", q, idx.lookup(q));
    }
    let range: Vec<&String> = idx.entries.range("p".to_string().."s".to_string()).map(|(k, _)| k).collect();
    println!("words p..s: {:?}", range);
    let line2: BTreeSet<&str> = idx.entries.iter().filter(|(_, l)| l.contains(&2)).map(|(k, _)| k.as_str()).collect();
    let line3: BTreeSet<&str> = idx.entries.iter().filter(|(_, l)| l.contains(&3)).map(|(k, _)| k.as_str()).collect();
    println!("common to lines 2 and 3: {:?}", line2.intersection(&line3).collect::<Vec<_>>());
    println!("only line 2: {:?}", line2.difference(&line3).count());
    if let Some((first, _)) = idx.entries.first_key_value() {
        println!("first: {}, last: {:?}", first, idx.entries.last_key_value().map(|(k, _)| k));
    }
}
