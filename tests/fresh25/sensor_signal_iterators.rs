use std::iter;

struct Lcg {
    state: u64,
}

impl Iterator for Lcg {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.state = self.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        Some((self.state >> 33) as u32)
    }
}

struct MovingAvg<I: Iterator<Item = f64>> {
    inner: I,
    window: Vec<f64>,
    size: usize,
}

impl<I: Iterator<Item = f64>> Iterator for MovingAvg<I> {
    type Item = f64;
    fn next(&mut self) -> Option<f64> {
        loop {
            let v = self.inner.next()?;
            self.window.push(v);
            if self.window.len() > self.size {
                self.window.remove(0);
            }
            if self.window.len() == self.size {
                return Some(self.window.iter().sum::<f64>() / self.size as f64);
            }
        }
    }
}

trait SmoothExt: Iterator<Item = f64> + Sized {
    fn moving_avg(self, size: usize) -> MovingAvg<Self> {
        MovingAvg { inner: self, window: Vec::with_capacity(size + 1), size }
    }
}
impl<I: Iterator<Item = f64>> SmoothExt for I {}

fn readings(seed: u64) -> impl Iterator<Item = f64> {
    Lcg { state: seed }.map(|r| 20.0 + (r % 1000) as f64 / 100.0)
}

fn stats(xs: &[f64]) -> (f64, f64, f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
    let min = xs.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    (mean, var.sqrt(), min, max)
}

fn main() {
    let raw: Vec<f64> = readings(42).take(12).collect();
    println!("raw:      {}", raw.iter().map(|v| format!("{:6.2}", v)).collect::<Vec<_>>().join(" "));
    let smooth: Vec<f64> = raw.iter().copied().moving_avg(4).collect();
    println!("smooth4:  {}", smooth.iter().map(|v| format!("{:6.2}", v)).collect::<Vec<_>>().join(" "));
    let (mean, sd, min, max) = stats(&raw);
    println!("mean={:08.3} sd={:.4} min={:<8.2}| max={:>8.2}|", mean, sd, min, max);
    let deltas: Vec<String> = raw.windows(2).map(|w| format!("{:+.2}", w[1] - w[0])).collect();
    println!("deltas: {}", deltas.join(","));
    let spikes: Vec<(usize, f64)> = raw.iter().copied().enumerate().filter(|&(_, v)| (v - mean).abs() > sd).collect();
    println!("spikes (>1sd): {:?}", spikes.iter().map(|(i, _)| i).collect::<Vec<_>>());

    let decay: Vec<f64> = iter::successors(Some(100.0f64), |&x| if x > 1.0 { Some(x * 0.37) } else { None }).collect();
    println!("decay: {}", decay.iter().map(|x| format!("{:e}", x)).collect::<Vec<_>>().join(" | "));
    println!("decay(.3e): {}", decay.iter().map(|x| format!("{:.3e}", x)).collect::<Vec<_>>().join(" "));

    let mut tick = 0u32;
    let ramp: Vec<u32> = iter::from_fn(|| {
        tick += 3;
        if tick < 20 { Some(tick * tick) } else { None }
    })
    .collect();
    println!("ramp: {:?}", ramp);

    let framed: Vec<f64> = iter::once(f64::NAN)
        .chain(iter::repeat(0.0).take(2))
        .chain(readings(7).take(3))
        .chain(iter::repeat(-1.5).take(2))
        .collect();
    println!("framed: {:?}", framed.iter().map(|v| if v.is_nan() { "NaN".to_string() } else { format!("{:.1}", v) }).collect::<Vec<_>>());
    let running: Vec<f64> = framed.iter().skip(1).scan(0.0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("running: {:?}", running.iter().map(|v| format!("{:.2}", v)).collect::<Vec<_>>());

    let sampled: Vec<u32> = Lcg { state: 1 }.step_by(3).take(5).map(|r| r % 100).collect();
    println!("sampled every 3rd: {:?}", sampled);
    let first_big = Lcg { state: 9 }.position(|r| r % 1000 > 990);
    println!("first reading > 990 at {:?}", first_big);
    let pairs: Vec<(u32, char)> = Lcg { state: 3 }.map(|r| r % 10).zip("abcde".chars().rev()).skip_while(|(n, _)| *n < 5).collect();
    println!("pairs after skip_while: {:?}", pairs);
    let mut peek = readings(11).take(6).peekable();
    let mut rising = 0;
    while let Some(v) = peek.next() {
        if let Some(&nx) = peek.peek() {
            if nx > v { rising += 1; }
        }
    }
    println!("rising steps: {}", rising);
    println!("tiny/huge: {:e} {:E} {:e} {:.2e} {:e}", 0.000123f64, 6.02e23f64, 1.0f64, 9.999f64, 0.0f64);
    println!("ints: {:e} {:08.2} {:+08.1} {:<+8.1}|", 1500u32, -3.14159, 2.5, -0.05);
}
