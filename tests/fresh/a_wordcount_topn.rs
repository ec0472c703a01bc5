// Top-N words across several "documents" using a BinaryHeap with Reverse for a bounded heap.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

const STOP: [&str; 8] = ["a", "the", "of", "and", "to", "in", "is", "it"];

fn top_n(counts: &HashMap<&str, u32>, n: usize) -> Vec<(u32, String)> {
    let mut heap: BinaryHeap<Reverse<(u32, Reverse<String>)>> = BinaryHeap::new();
    for (w, &c) in counts {
        heap.push(Reverse((c, Reverse(w.to_string()))));
        if heap.len() > n {
            heap.pop();
        }
    }
    let mut out: Vec<(u32, String)> = heap.into_iter().map(|Reverse((c, Reverse(w)))| (c, w)).collect();
    out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    out
}

fn main() {
    let docs = [
        "Rust is a systems programming language. It is fast and it is safe.",
        "A language empowering everyone to build reliable and efficient software.",
        "Memory safety without garbage collection is the headline feature of Rust.",
        "Fearless concurrency: the type system prevents data races in safe code.",
    ];
    let stop: HashSet<&str> = STOP.iter().copied().collect();
    let lowered: Vec<String> = docs.iter().map(|d| d.to_lowercase()).collect();

    let mut counts: HashMap<&str, u32> = HashMap::new();
    let mut doc_freq: HashMap<&str, HashSet<usize>> = HashMap::new();
    for (i, doc) in lowered.iter().enumerate() {
        for w in doc.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            if stop.contains(w) {
                continue;
            }
            *counts.entry(w).or_insert(0) += 1;
            doc_freq.entry(w).or_default().insert(i);
        }
    }

    for (rank, (c, w)) in top_n(&counts, 5).iter().enumerate() {
        let docs_with: Vec<usize> = {
            let mut v: Vec<usize> = doc_freq[w.as_str()].iter().copied().collect();
            v.sort();
            v
        };
        println!("#{} {:<10} x{} in docs {:?}", rank + 1, w, c, docs_with);
    }
    let in_all: Vec<&&str> = {
        let mut v: Vec<&&str> = doc_freq.iter().filter(|(_, s)| s.len() == docs.len()).map(|(w, _)| w).collect();
        v.sort();
        v
    };
    println!("words in every doc: {:?}", in_all);
    let mut lens: Vec<(usize, usize)> = lowered.iter().map(|d| d.split_whitespace().count()).enumerate().collect();
    lens.sort_by_key(|&(_, n)| Reverse(n));
    println!("docs by length: {:?}", lens);
}
