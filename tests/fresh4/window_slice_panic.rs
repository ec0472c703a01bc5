// Signal processing helpers; a bad window request slices out of range.
fn moving_average(data: &[f64], k: usize) -> Vec<f64> {
    data.windows(k).map(|w| w.iter().sum::<f64>() / k as f64).collect()
}

fn peaks(data: &[f64]) -> Vec<usize> {
    data.windows(3)
        .enumerate()
        .filter(|(_, w)| w[1] > w[0] && w[1] > w[2])
        .map(|(i, _)| i + 1)
        .collect()
}

fn downsample(data: &[f64], factor: usize) -> Vec<f64> {
    data.chunks(factor)
        .map(|c| c.iter().cloned().fold(f64::MIN, f64::max))
        .collect()
}

struct Recording {
    label: String,
    samples: Vec<f64>,
}

impl Recording {
    fn segment(&self, start: usize, len: usize) -> &[f64] {
        &self.samples[start..start + len]
    }
    fn energy(&self, start: usize, len: usize) -> f64 {
        self.segment(start, len).iter().map(|x| x * x).sum()
    }
}

fn main() {
    let samples: Vec<f64> = (0..12).map(|i| ((i * 7) % 5) as f64 - 1.5 + (i as f64) * 0.25).collect();
    let rec = Recording { label: "mic-1".to_string(), samples };
    println!("{} samples: {:?}", rec.label, rec.samples);
    let ma: Vec<String> = moving_average(&rec.samples, 3).iter().map(|v| format!("{:.2}", v)).collect();
    println!("ma3: [{}]", ma.join(", "));
    println!("peaks at {:?}", peaks(&rec.samples));
    println!("downsample x4: {:?}", downsample(&rec.samples, 4));
    println!("segment(2,3) = {:?}", rec.segment(2, 3));
    println!("get(20) = {:?}, get(3..5) = {:?}", rec.samples.get(20), rec.samples.get(3..5));
    let (left, right) = rec.samples.split_at(5);
    println!("split: {} + {}", left.len(), right.len());
    if let [first, .., last] = rec.samples.as_slice() {
        println!("first {} last {}", first, last);
    }
    let requests = [(0, 4), (4, 4), (8, 4), (9, 5)];
    for (start, len) in requests {
        println!("energy[{}..{}] = {:.3}", start, start + len, rec.energy(start, len));
    }
    println!("done");
}
