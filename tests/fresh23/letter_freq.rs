use std::collections::{BTreeMap, HashMap};

const ODE: [&str; 8] = [
    "Freude schöner Götterfunken",
    "Tochter aus Elysium,",
    "Wir betreten feuertrunken,",
    "Himmlische, dein Heiligtum!",
    "Deine Zauber binden wieder",
    "Was die Mode streng geteilt;",
    "Alle Menschen werden Brüder,",
    "Wo dein sanfter Flügel weilt.",
];

fn count_chunk(lines: &[&str]) -> HashMap<char, usize> {
    let mut map = HashMap::new();
    for line in lines {
        for c in line.chars().filter(|c| c.is_alphabetic()).flat_map(|c| c.to_lowercase()) {
            *map.entry(c).or_insert(0) += 1;
        }
    }
    map
}

fn merge(mut acc: HashMap<char, usize>, part: HashMap<char, usize>) -> HashMap<char, usize> {
    for (c, n) in part {
        *acc.entry(c).or_default() += n;
    }
    acc
}

/// "Parallel" frequency: split into chunks for `workers`, count each, merge.
fn frequency(input: &[&str], workers: usize) -> BTreeMap<char, usize> {
    if input.is_empty() {
        return BTreeMap::new();
    }
    let chunk_size = input.len().div_ceil(workers.max(1));
    let partials: Vec<HashMap<char, usize>> = input.chunks(chunk_size).map(count_chunk).collect();
    println!("  ({} workers -> {} chunks of up to {} lines)", workers, partials.len(), chunk_size);
    partials.into_iter().fold(HashMap::new(), merge).into_iter().collect()
}

fn histogram(freq: &BTreeMap<char, usize>, top: usize) -> Vec<String> {
    let mut v: Vec<(&char, &usize)> = freq.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let max = v.first().map(|(_, n)| **n).unwrap_or(1);
    v.into_iter()
        .take(top)
        .map(|(c, n)| format!("{c} {n:>3} {:<20}|", "*".repeat(n * 20 / max)))
        .collect()
}

fn main() {
    let empty = frequency(&[], 4);
    println!("empty input -> {:?}", empty);

    let one = frequency(&["aA bB, cc!"], 4);
    println!("small input -> {:?}", one);

    let results: Vec<BTreeMap<char, usize>> = [1usize, 2, 3, 8, 20].iter().map(|&w| frequency(&ODE, w)).collect();
    let all_same = results.windows(2).all(|w| w[0] == w[1]);
    println!("all worker counts agree: {all_same}");

    let freq = &results[0];
    let total: usize = freq.values().sum();
    println!("\n{} distinct letters, {} total", freq.len(), total);
    for line in histogram(freq, 10) {
        println!("  {line}");
    }

    let non_ascii: Vec<(char, usize)> = freq.iter().filter(|(c, _)| !c.is_ascii()).map(|(c, n)| (*c, *n)).collect();
    println!("\nnon-ascii letters: {:?}", non_ascii);
    for (c, n) in &non_ascii {
        println!("  {c} U+{:04X} utf8 bytes={} count={n}", *c as u32, c.len_utf8());
    }

    let vowels: usize = "aeiouäöü".chars().filter_map(|v| freq.get(&v)).sum();
    println!("vowel share: {:6.2}%", 100.0 * vowels as f64 / total as f64);

    let missing: String = ('a'..='z').filter(|c| !freq.contains_key(c)).collect();
    println!("letters never used: {:?}", missing);

    let repeated = vec!["abc"; 50];
    let big = frequency(&repeated, 7);
    println!("50 x abc -> {:?}", big);
}
