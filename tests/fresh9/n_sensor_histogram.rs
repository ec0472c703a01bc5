mod stats {
    pub trait Summary {
        type Output;
        const NAME: &'static str;
        fn compute(data: &[f64]) -> Option<Self::Output>;
    }

    pub struct Mean;
    pub struct StdDev;
    pub struct Median;
    pub struct Range;

    impl Summary for Mean {
        type Output = f64;
        const NAME: &'static str = "mean";
        fn compute(d: &[f64]) -> Option<f64> {
            if d.is_empty() { None } else { Some(d.iter().sum::<f64>() / d.len() as f64) }
        }
    }
    impl Summary for StdDev {
        type Output = f64;
        const NAME: &'static str = "stddev";
        fn compute(d: &[f64]) -> Option<f64> {
            let m = Mean::compute(d)?;
            Some((d.iter().map(|x| (x - m).powi(2)).sum::<f64>() / d.len() as f64).sqrt())
        }
    }
    impl Summary for Median {
        type Output = f64;
        const NAME: &'static str = "median";
        fn compute(d: &[f64]) -> Option<f64> {
            let mut v = d.to_vec();
            v.sort_by(f64::total_cmp);
            match v.len() {
                0 => None,
                n if n % 2 == 1 => Some(v[n / 2]),
                n => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
            }
        }
    }
    impl Summary for Range {
        type Output = (f64, f64);
        const NAME: &'static str = "range";
        fn compute(d: &[f64]) -> Option<(f64, f64)> {
            let lo = d.iter().copied().reduce(f64::min)?;
            let hi = d.iter().copied().reduce(f64::max)?;
            Some((lo, hi))
        }
    }

    pub fn report<S: Summary>(d: &[f64]) -> String where S::Output: std::fmt::Debug {
        format!("{:>7}: {:?}", S::NAME, S::compute(d))
    }
}

use stats::{Mean, Median, Range, StdDev, Summary};

fn parse_readings(raw: &str) -> (Vec<f64>, Vec<String>) {
    let mut good = vec![];
    let mut bad = vec![];
    for tok in raw.split([',', ';', ' ']).filter(|t| !t.is_empty()) {
        match tok.parse::<f64>() {
            Ok(v) if v.is_finite() => good.push(v),
            _ => bad.push(tok.to_string()),
        }
    }
    (good, bad)
}

fn main() {
    let raw = "21.5, 22.1;23.8 19.9,NaN, 25.0,24.4;err,22.0 18.7, 30.2,21.1 22.9 inf 20.5,26.3";
    let (data, bad) = parse_readings(raw);
    println!("{} readings, rejected {:?}", data.len(), bad);
    println!("{}", stats::report::<Mean>(&data));
    println!("{}", stats::report::<StdDev>(&data));
    println!("{}", stats::report::<Median>(&data));
    println!("{}", stats::report::<Range>(&data));
    println!("{}", stats::report::<Mean>(&[]));

    let (lo, hi) = Range::compute(&data).unwrap();
    let bins = 5usize;
    let width = (hi - lo) / bins as f64;
    let mut counts = vec![0usize; bins];
    for &x in &data {
        let idx = (((x - lo) / width).floor() as usize).min(bins - 1);
        counts[idx] += 1;
    }
    for (i, c) in counts.iter().enumerate() {
        let start = lo + i as f64 * width;
        println!("[{:>6.2},{:>6.2}) {:<8}|{:^7}|", start, start + width, "*".repeat(*c), c);
    }

    let per_chunk: Vec<String> = data.chunks(4).map(|c| format!("{:.2}", Mean::compute(c).unwrap())).collect();
    println!("chunk means: {}", per_chunk.join(" "));
    let exact: Vec<f64> = data.chunks_exact(4).map(|c| c.iter().fold(f64::MIN, |a, &b| a.max(b))).collect();
    println!("chunk_exact maxes {:?}, remainder {:?}", exact, data.chunks_exact(4).remainder());
    let moving: Vec<String> = data.windows(3).map(|w| format!("{:.1}", w.iter().sum::<f64>() / 3.0)).collect();
    println!("moving avg(3): {}", moving.join(","));
    let m = Mean::compute(&data).unwrap();
    let sd = StdDev::compute(&data).unwrap();
    let outliers: Vec<(usize, f64)> = data.iter().copied().enumerate().filter(|&(_, x)| ((x - m) / sd).abs() > 1.5).collect();
    println!("outliers (|z|>1.5): {:?}", outliers);
    let rising = data.windows(2).filter(|w| w[1] > w[0]).count();
    let longest_rise = data.windows(2).fold((0, 0), |(best, cur), w| {
        let cur = if w[1] > w[0] { cur + 1 } else { 0 };
        (best.max(cur), cur)
    }).0;
    println!("rising steps {rising}, longest run {longest_rise}");
    println!("rounded: {:?}", data.iter().map(|x| x.round() as i32).collect::<Vec<_>>());
    println!("{:e} {:.3e} {:08.3} {:+.1}", sd, m * 1000.0, -m, m.floor() - m.ceil());
}
