use std::collections::{BTreeMap, HashMap};

fn bucket_of(x: f64, lo: f64, width: f64, n: usize) -> usize {
    (((x - lo) / width).floor() as usize).min(n - 1)
}

fn bar(frac: f64, width: usize) -> String {
    const PARTS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    let total_eighths = (frac * width as f64 * 8.0).round() as usize;
    let full = total_eighths / 8;
    let rem = total_eighths % 8;
    let mut s = "█".repeat(full);
    if rem > 0 {
        s.push(PARTS[rem - 1]);
    }
    s
}

fn main() {
    // deterministic pseudo-random data via a linear congruential generator
    let mut state: u64 = 12345;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as f64 / (1u64 << 31) as f64
    };
    let samples: Vec<f64> = (0..500).map(|_| (0..4).map(|_| next()).sum::<f64>() * 25.0).collect();
    let lo = samples.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = samples.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let n_buckets = 10;
    let width = (hi - lo) / n_buckets as f64;
    let mut buckets = vec![0usize; n_buckets];
    for &s in &samples {
        buckets[bucket_of(s, lo, width, n_buckets)] += 1;
    }
    let max = *buckets.iter().max().unwrap();
    println!("n={} min={:.3} max={:.3} bucket width={:.3}", samples.len(), lo, hi, width);
    for (i, &count) in buckets.iter().enumerate() {
        let start = lo + i as f64 * width;
        let label = format!("[{:>6.2},{:>6.2})", start, start + width);
        println!("{} {:>4} {:>5.1}% {}", label, count, count as f64 * 100.0 / samples.len() as f64, bar(count as f64 / max as f64, 30));
    }
    let mut sorted = samples.clone();
    sorted.sort_by(f64::total_cmp);
    let pct = |p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
    println!("p10={:.2} p50={:.2} p90={:.2} p99={:.2}", pct(0.10), pct(0.5), pct(0.9), pct(0.99));

    let text = "She sells sea shells by the sea shore; the shells she sells are sea shells, I'm sure.";
    let mut freq: HashMap<char, usize> = HashMap::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        *freq.entry(c.to_ascii_lowercase()).or_default() += 1;
    }
    let ordered: BTreeMap<char, usize> = freq.iter().map(|(k, v)| (*k, *v)).collect();
    let label_w = 3;
    let maxc = *ordered.values().max().unwrap();
    println!("\nchar histogram ({} distinct):", ordered.len());
    for (c, n) in &ordered {
        let label = if c.is_alphanumeric() { c.to_string() } else { format!("{:?}", c) };
        println!("{:>label_w$} |{:<20}| {:>2}", label, "#".repeat(n * 20 / maxc), n, label_w = label_w + 2);
    }
    let mut by_count: Vec<(usize, char)> = freq.into_iter().map(|(c, n)| (n, c)).collect();
    by_count.sort_by(|a, b| b.cmp(a));
    println!("top 3: {:?}", &by_count[..3]);
    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("vowels={} consonants={}", vowels, text.chars().filter(|c| c.is_alphabetic()).count() - vowels);
    let spark: String = buckets.iter().map(|&b| ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'][(b * 7 + max / 2) / max]).collect();
    println!("sparkline: {}", spark);
}
