struct Stats {
    samples: Vec<f64>,
    count: usize,
}

fn main() {
    let mut s = Stats { samples: vec![1.0, 2.5, 4.0], count: 0 };
    let mut bump = || s.count += 1;
    let total: f64 = s.samples.iter().sum();
    bump();
    bump();
    println!("total {} count {}", total, s.count);
}
