// Indexing past the end after truncate panics; locals (and the vec) drop during unwinding.
#[derive(Debug, Clone)]
struct Sample {
    label: String,
    value: f64,
}

impl Drop for Sample {
    fn drop(&mut self) {
        println!("  drop sample {} ({})", self.label, self.value);
    }
}

fn sample(label: &str, value: f64) -> Sample {
    Sample { label: label.into(), value }
}

fn mean(xs: &[Sample]) -> f64 {
    xs.iter().map(|s| s.value).sum::<f64>() / xs.len() as f64
}

fn pick(xs: &[Sample], idx: usize) -> &Sample {
    println!("  pick({idx}) of {}", xs.len());
    &xs[idx]
}

fn main() {
    let mut readings: Vec<Sample> = Vec::with_capacity(6);
    for (i, v) in [2.5, 3.0, 4.25, 1.0, 7.5].iter().enumerate() {
        readings.push(sample(&format!("r{i}"), *v));
        println!("push -> len {} cap {}", readings.len(), readings.capacity());
    }
    println!("mean {:.3}", mean(&readings));
    let max = readings.iter().map(|s| s.value).fold(f64::MIN, f64::max);
    println!("max {max}");

    let backup: Vec<Sample> = readings.iter().filter(|s| s.value > 3.0).cloned().collect();
    println!("backup {:?}", backup.iter().map(|s| s.label.as_str()).collect::<Vec<_>>());

    println!("truncate to 2:");
    readings.truncate(2);
    println!("len {} cap {}", readings.len(), readings.capacity());
    println!("get(3) = {:?}", readings.get(3).map(|s| &s.label));
    println!("ok pick: {}", pick(&readings, 1).label);
    let idx = backup.len();
    println!("bad pick at {idx}:");
    let s = pick(&readings, idx);
    println!("unreachable {}", s.label);
}
