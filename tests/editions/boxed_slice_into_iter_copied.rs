// editions: 2015 2018 2021 2024
// `boxed_slice.into_iter().copied()` compiles before 2024 (items are &u16) but not in 2024, where the
// boxed slice is iterated by value (E0271).
struct Histogram {
    buckets: Box<[u16]>,
}

impl Histogram {
    fn from_samples(samples: &[u8]) -> Histogram {
        let mut v = vec![0u16; 4];
        for s in samples {
            v[(*s / 64) as usize] += 1;
        }
        Histogram { buckets: v.into_boxed_slice() }
    }

    fn render(&self) -> Vec<String> {
        self.buckets.into_iter().copied().enumerate().map(|(i, n)| format!("{:>3}+ {}", i * 64, "#".repeat(n as usize))).collect()
    }
}

fn main() {
    let h = Histogram::from_samples(&[1, 70, 80, 200, 255, 130, 10, 12]);
    for line in h.render() {
        println!("{}", line);
    }
}
