// Percentile calculation with a classic off-by-one.
fn percentile(sorted: &[u32], p: f64) -> u32 {
    // nearest-rank method... but rounding up at p = 100 walks off the end
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank]
}

struct Report {
    name: &'static str,
    scores: Vec<u32>,
}

impl Report {
    fn summary(&self) {
        let mut s = self.scores.clone();
        s.sort_unstable();
        let mean = s.iter().sum::<u32>() as f64 / s.len() as f64;
        println!("{}: n={} min={} max={} mean={:.1}", self.name, s.len(), s[0], s[s.len() - 1], mean);
        for p in [25.0, 50.0, 75.0, 90.0, 100.0] {
            println!("  p{:<3} = {}", p, percentile(&s, p));
        }
    }
}

fn main() {
    let reports = vec![
        Report { name: "math", scores: vec![71, 88, 93, 65, 79, 84, 90, 58] },
        Report { name: "art", scores: vec![95, 81, 77, 99, 68] },
    ];
    for r in &reports {
        r.summary();
    }
    println!("done");
}
