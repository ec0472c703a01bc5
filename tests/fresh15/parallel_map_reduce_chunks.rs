use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::thread;

const WORDS: [&str; 12] = [
    "rust", "thread", "mutex", "channel", "atomic", "borrow",
    "lifetime", "trait", "scope", "arc", "lock", "send",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn build_corpus(lines: usize, seed: u64) -> Vec<String> {
    let mut rng = Lcg(seed);
    (0..lines)
        .map(|_| {
            let n = 3 + (rng.next() % 6) as usize;
            (0..n)
                .map(|_| WORDS[(rng.next() % WORDS.len() as u64) as usize])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn count_words<'a>(lines: &'a [String]) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for line in lines {
        for w in line.split_whitespace() {
            *map.entry(w).or_insert(0) += 1;
        }
    }
    map
}

fn main() {
    let corpus = build_corpus(200, 42);
    let chunk_size = corpus.len().div_ceil(4);

    // Map phase with scoped threads borrowing the corpus.
    let partials: Vec<HashMap<&str, usize>> = thread::scope(|s| {
        let handles: Vec<_> = corpus
            .chunks(chunk_size)
            .map(|chunk| s.spawn(move || count_words(chunk)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    // Reduce phase.
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for partial in &partials {
        for (w, c) in partial {
            *totals.entry(*w).or_insert(0) += c;
        }
    }
    let total_words: usize = totals.values().sum();
    let sequential: usize = corpus.iter().map(|l| l.split_whitespace().count()).sum();
    println!("chunks: {}, total words: {} (sequential {})", partials.len(), total_words, sequential);

    let mut ranked: Vec<(&str, usize)> = totals.iter().map(|(w, c)| (*w, *c)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in ranked.iter().take(5) {
        println!("top {:<10} {}", w, c);
    }

    // Numeric map-reduce with owned threads and Arc<Vec<u64>>.
    let numbers: Arc<Vec<u64>> = Arc::new((1..=10_000).collect());
    let workers = 5;
    let per = numbers.len() / workers;
    let handles: Vec<thread::JoinHandle<(u64, u64, usize)>> = (0..workers)
        .map(|i| {
            let nums = Arc::clone(&numbers);
            thread::spawn(move || {
                let slice = &nums[i * per..(i + 1) * per];
                let sum_sq = slice.iter().map(|x| x * x).sum::<u64>();
                let evens = slice.iter().filter(|x| *x % 2 == 0).count();
                let max = *slice.iter().max().unwrap();
                (sum_sq, max, evens)
            })
        })
        .collect();
    let mut sum_sq = 0u64;
    let mut max = 0u64;
    let mut evens = 0usize;
    for (i, h) in handles.into_iter().enumerate() {
        let (s, m, e) = h.join().expect("worker panicked");
        println!("chunk {}: sum_sq={} max={} evens={}", i, s, m, e);
        sum_sq += s;
        max = max.max(m);
        evens += e;
    }
    let n = 10_000u64;
    let expected = n * (n + 1) * (2 * n + 1) / 6;
    println!("sum of squares {} (expected {}), max {}, evens {}", sum_sq, expected, max, evens);
    assert_eq!(sum_sq, expected);

    let longest = thread::scope(|s| {
        let h = s.spawn(|| corpus.iter().max_by_key(|l| (l.len(), l.as_str())).cloned());
        h.join().unwrap()
    });
    println!("longest line: {:?}", longest.unwrap_or_default());
}
