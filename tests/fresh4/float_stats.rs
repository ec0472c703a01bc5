// Float formatting and f64 methods in a small statistics/geometry report.
#[derive(Debug, Clone, Copy)]
struct Sample {
    x: f64,
    y: f64,
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len() as f64
}

fn std_dev(v: &[f64]) -> f64 {
    let m = mean(v);
    (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (v.len() - 1) as f64).sqrt()
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = s.len();
    if n % 2 == 0 { (s[n / 2 - 1] + s[n / 2]) / 2.0 } else { s[n / 2] }
}

fn main() {
    let data = [2.5, -1.75, 3.125, 10.0, 0.001, 7.77, -4.2];
    println!("mean   = {:.4}", mean(&data));
    println!("median = {}", median(&data));
    println!("stddev = {:.6}", std_dev(&data));
    let lo = data.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = data.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    println!("range  = [{}, {}]", lo, hi);
    for &d in &data {
        println!(
            "{:>8} floor={:>5} ceil={:>5} round={:>5} trunc={:>5} clamp={:>5} abs={:<6}|",
            d,
            d.floor(),
            d.ceil(),
            d.round(),
            d.trunc(),
            d.clamp(-2.0, 5.0),
            d.abs()
        );
    }
    let pts = [Sample { x: 3.0, y: 4.0 }, Sample { x: -1.0, y: 1.0 }, Sample { x: 0.0, y: -2.5 }];
    for p in &pts {
        let r = p.x.hypot(p.y);
        let theta = p.y.atan2(p.x).to_degrees();
        println!("({:5.1},{:5.1}) r={:.3} theta={:8.3}°", p.x, p.y, r, theta);
    }
    let small = 0.000123456;
    let large = 6.02214076e23;
    println!("{:e} {:e} {:E}", small, large, 1500.0);
    println!("{:.2e} {:10.3e}|", large, small);
    println!("{} {} {}", 1.0f64 / 3.0, 2.0f64.sqrt(), std::f64::consts::PI);
    println!("{} {} {}", 1e16, 1e-7, 123456789.0f64);
    println!("{} {} {}", f64::NAN.max(1.0), (0.1 + 0.2 == 0.3), (0.1f64 + 0.2 - 0.3).abs() < f64::EPSILON);
    println!("{:?} {:?} {:?}", 1.0f64, 0.1f32 + 0.2f32, -0.0f64);
    println!("{} {} {}", 2.0f64.powf(0.5), 100f64.ln().exp(), 8f64.log2());
    println!("{} {}", (2.5f64).round(), (-2.5f64).round());
    println!("{:+.3} {:08.2} {:<8.1}|", 3.14159, -2.5, 9.99);
    let as_int = 3.99f64 as i32;
    let sat = 1e20f64 as i32;
    println!("{} {} {} {}", as_int, sat, -1.5f64 as u8, f64::NAN as i64);
    println!("{}", (1..=10).map(|i| (i as f64).sqrt()).map(|r| format!("{:.2}", r)).collect::<Vec<_>>().join(" "));
}
