use std::collections::{BTreeMap, HashMap};
use std::sync::mpsc;
use std::thread;

fn count_chunk(lines: &[String]) -> HashMap<char, usize> {
    let mut map = HashMap::new();
    for line in lines {
        for c in line.chars().filter(|c| c.is_alphabetic()) {
            for lower in c.to_lowercase() {
                *map.entry(lower).or_insert(0) += 1;
            }
        }
    }
    map
}

pub fn frequency(input: &[&str], worker_count: usize) -> HashMap<char, usize> {
    if input.is_empty() {
        return HashMap::new();
    }
    let chunk_size = input.len().div_ceil(worker_count);
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for (id, chunk) in input.chunks(chunk_size).enumerate() {
        let owned: Vec<String> = chunk.iter().map(|s| s.to_string()).collect();
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let counts = count_chunk(&owned);
            tx.send((id, counts)).expect("receiver alive");
        }));
    }
    drop(tx);

    let mut result: HashMap<char, usize> = HashMap::new();
    let mut workers_seen = 0;
    for (_id, partial) in rx {
        workers_seen += 1;
        for (c, n) in partial {
            *result.entry(c).or_default() += n;
        }
    }
    for h in handles {
        h.join().unwrap();
    }
    assert!(workers_seen <= worker_count);
    result
}

fn sorted(map: &HashMap<char, usize>) -> BTreeMap<char, usize> {
    map.iter().map(|(&c, &n)| (c, n)).collect()
}

const ODE_AN_DIE_FREUDE: [&str; 8] = [
    "Freude schöner Götterfunken",
    "Tochter aus Elysium,",
    "Wir betreten feuertrunken,",
    "Himmlische, dein Heiligtum!",
    "Deine Zauber binden wieder",
    "Was die Mode streng geteilt;",
    "Alle Menschen werden Brüder,",
    "Wo dein sanfter Flügel weilt.",
];

fn main() {
    println!("empty: {:?}", sorted(&frequency(&[], 4)));
    println!("one letter: {:?}", sorted(&frequency(&["a"], 4)));
    println!("case: {:?}", sorted(&frequency(&["aA"], 4)));
    println!("many empty: {:?}", sorted(&frequency(&[""; 1000], 4)));
    println!("numbers/punct ignored: {:?}", sorted(&frequency(&["Testing, 1, 2, 3..."], 2)));

    for workers in [1, 3, 8] {
        let freq = frequency(&ODE_AN_DIE_FREUDE, workers);
        let total: usize = freq.values().sum();
        let mut top: Vec<(char, usize)> = freq.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let top5: Vec<String> = top.iter().take(5).map(|(c, n)| format!("{c}={n}")).collect();
        println!("workers={workers}: total={total} top5=[{}]", top5.join(", "));
    }

    let freq = sorted(&frequency(&ODE_AN_DIE_FREUDE, 4));
    for c in ['ü', 'ö', 'ß'] {
        println!("{c}: {}", freq.get(&c).copied().unwrap_or(0));
    }
    let big: Vec<&str> = std::iter::repeat("abc").take(500).collect();
    let f = frequency(&big, 7);
    println!("big: a={} b={} c={}", f[&'a'], f[&'b'], f[&'c']);
}
