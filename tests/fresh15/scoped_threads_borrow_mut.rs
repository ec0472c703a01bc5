use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

#[derive(Debug, Clone)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

impl Pixel {
    fn luma(&self) -> u32 {
        (self.r as u32 * 299 + self.g as u32 * 587 + self.b as u32 * 114) / 1000
    }
}

fn longest_word(text: &str) -> &str {
    text.split_whitespace().max_by_key(|w| (w.len(), std::cmp::Reverse(*w))).unwrap_or("")
}

fn main() {
    // 1. Mutate disjoint chunks of a borrowed Vec in place.
    let mut image: Vec<Pixel> = (0..24u32)
        .map(|i| Pixel { r: (i * 10) as u8, g: (255 - i * 7) as u8, b: (i * i % 256) as u8 })
        .collect();
    let processed = AtomicUsize::new(0);
    thread::scope(|s| {
        for (row, chunk) in image.chunks_mut(6).enumerate() {
            let processed = &processed;
            s.spawn(move || {
                for p in chunk.iter_mut() {
                    if row % 2 == 0 {
                        std::mem::swap(&mut p.r, &mut p.b);
                    } else {
                        p.g = p.g.saturating_sub(50);
                    }
                }
                processed.fetch_add(chunk.len(), Ordering::Relaxed);
            });
        }
    });
    let lumas: Vec<u32> = image.iter().map(Pixel::luma).collect();
    println!("processed {} pixels", processed.load(Ordering::Relaxed));
    println!("lumas: {:?}", lumas);

    // 2. split_at_mut gives two threads exclusive halves.
    let mut numbers: Vec<i64> = (1..=20).collect();
    let (left, right) = numbers.split_at_mut(10);
    let (lsum, rprod) = thread::scope(|s| {
        let a = s.spawn(|| {
            left.iter_mut().for_each(|x| *x *= -1);
            left.iter().sum::<i64>()
        });
        let b = s.spawn(|| {
            right.reverse();
            right.iter().take(3).product::<i64>()
        });
        (a.join().unwrap(), b.join().unwrap())
    });
    println!("left sum {} right product {}", lsum, rprod);
    println!("numbers now: {:?}", numbers);

    // 3. Scoped threads returning references into borrowed data.
    let documents = vec![
        String::from("scoped threads may borrow from the enclosing stack frame"),
        String::from("a join handle can return a reference with the scope lifetime"),
        String::from("no arc needed when everything finishes before scope ends"),
    ];
    let longest: Vec<&str> = thread::scope(|s| {
        let hs: Vec<_> = documents.iter().map(|d| s.spawn(move || longest_word(d))).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("longest words: {:?}", longest);

    // 4. Nested spawning and a shared Mutex<HashMap> borrowed (not Arc'd).
    let freq: Mutex<HashMap<char, usize>> = Mutex::new(HashMap::new());
    thread::scope(|outer| {
        for doc in &documents {
            let freq = &freq;
            outer.spawn(move || {
                thread::scope(|inner| {
                    for word in doc.split_whitespace() {
                        inner.spawn(move || {
                            let first = word.chars().next().unwrap();
                            *freq.lock().unwrap().entry(first).or_insert(0) += 1;
                        });
                    }
                });
            });
        }
    });
    let mut freq: Vec<(char, usize)> = freq.into_inner().unwrap().into_iter().collect();
    freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("first-letter frequency (top 5): {:?}", &freq[..5]);
    println!("total words: {}", freq.iter().map(|(_, n)| n).sum::<usize>());

    // 5. A scope propagates a panic from an un-joined thread when it ends.
    let result = std::panic::catch_unwind(|| {
        thread::scope(|s| {
            s.spawn(|| {
                let v: Vec<u8> = Vec::new();
                v.first().copied().expect("empty input in scoped worker")
            });
        });
    });
    println!("scope with panicking worker returned Err: {}", result.is_err());
}
