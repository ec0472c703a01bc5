// Word frequency with BTreeMap, dynamic-width formatting, bytes and from_utf8.
use std::collections::BTreeMap;

fn word_counts(text: &str) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty())
    {
        *map.entry(word).or_insert(0) += 1;
    }
    map
}

fn print_table(counts: &BTreeMap<String, usize>, top: usize) {
    let width = counts.keys().map(|k| k.len()).max().unwrap_or(4).max(4);
    let total: usize = counts.values().sum();
    println!("{:<width$} | {:>5} | {:>6}", "word", "count", "share", width = width);
    println!("{}", "-".repeat(width + 17));
    let mut rows: Vec<(&String, &usize)> = counts.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in rows.into_iter().take(top) {
        let share = *c as f64 * 100.0 / total as f64;
        let prec = if share >= 10.0 { 1 } else { 2 };
        println!("{:<width$} | {:>5} | {:>5.*}%", w, c, prec, share, width = width);
    }
}

fn caesar_bytes(s: &str) -> Vec<u8> {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' => b'a' + (b - b'a' + 1) % 26,
            b'A'..=b'Z' => b'A' + (b - b'A' + 1) % 26,
            _ => b,
        })
        .collect()
}

fn main() {
    let text = "Joe can't tell between 'large' and large. \
                The large dog and the small dog: the DOG that can, can! \
                One fish, two fish, red fish, blue fish.";
    let counts = word_counts(text);
    println!("{} distinct words", counts.len());
    print_table(&counts, 8);

    let starts: BTreeMap<char, Vec<&str>> = counts.keys().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.chars().next().unwrap()).or_insert_with(Vec::new).push(w.as_str());
        m
    });
    for (c, ws) in starts.range('c'..='f') {
        println!("{}: {:?}", c, ws);
    }

    let shifted = caesar_bytes("Hello, Zebra!");
    println!("bytes: {:?}", &shifted[..5]);
    match String::from_utf8(shifted) {
        Ok(s) => println!("shifted: {}", s),
        Err(e) => println!("error: {}", e),
    }
    let bad = vec![0x66, 0x6f, 0xff, 0x6f];
    match String::from_utf8(bad) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("invalid utf8: {}", e),
    }
    println!("lossy: {}", String::from_utf8_lossy(&[72, 105, 0xC0, 33]));
    let pi = 3.14159265;
    for p in 0..4 {
        println!("[{:>w$.p$}]", pi, w = 8, p = p);
    }
    let label = "total";
    let w = 12;
    println!("[{:^w$}] [{:*<w$}] [{:>1$}]", label, 9, "x", w = w);
}
