use std::f64::consts::PI;

#[derive(Debug, Clone, Copy)]
struct Polar {
    r: f64,
    theta: f64,
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl From<Point> for Polar {
    fn from(p: Point) -> Self {
        Polar { r: p.x.hypot(p.y), theta: p.y.atan2(p.x) }
    }
}

impl From<Polar> for Point {
    fn from(p: Polar) -> Self {
        Point { x: p.r * p.theta.cos(), y: p.r * p.theta.sin() }
    }
}

fn clean(v: f64) -> f64 {
    if v.abs() < 1e-12 { 0.0 } else { v }
}

fn main() {
    println!("{:>5} {:>9} {:>9} {:>10} {:>10}", "deg", "rad", "sin", "cos", "tan");
    println!("{}", "=".repeat(47));
    for deg in (0..=360).step_by(30) {
        let rad = (deg as f64).to_radians();
        let (s, c) = rad.sin_cos();
        let t = if c.abs() < 1e-12 { "undef".to_string() } else { format!("{:.4}", clean(s / c)) };
        println!("{:>5} {:>9.5} {:>+9.4} {:>+10.4} {:>10}", deg, rad, clean(s), clean(c), t);
    }
    println!();
    let points = [Point { x: 1.0, y: 0.0 }, Point { x: 0.0, y: 2.0 }, Point { x: -3.0, y: 3.0 }, Point { x: -1.0, y: -1.0 }, Point { x: 3.0, y: -4.0 }];
    for p in points {
        let polar: Polar = p.into();
        let back: Point = polar.into();
        println!(
            "({:>5.1},{:>5.1}) -> r={:<8.4} theta={:>+8.4} rad ({:>+7.1} deg) -> ({:.3}, {:.3})",
            p.x, p.y, polar.r, polar.theta, polar.theta.to_degrees(), clean(back.x), clean(back.y)
        );
    }
    println!();
    println!("{:>6} {:>12} {:>12} {:>12} {:>12}", "x", "ln", "log10", "exp", "sqrt");
    for x in [0.5f64, 1.0, 2.0, 10.0, 100.0] {
        println!("{:>6} {:>12.6} {:>12.6} {:>12.4e} {:>12.6}", x, x.ln(), x.log10(), x.exp(), x.sqrt());
    }
    println!("ln(0)={} ln(-1)={} sqrt(-4)={} exp(710)={}", 0f64.ln(), (-1f64).ln(), (-4f64).sqrt(), 710f64.exp());
    println!("powi: {} {} {}  powf: {:.6} {:.6} {}", 2f64.powi(10), 1.5f64.powi(-2), (-2f64).powi(3), 2f64.powf(0.5), 27f64.powf(1.0 / 3.0), (-8f64).powf(1.0 / 3.0));
    println!("cbrt(-8)={} hypot(5,12)={} atan2(0,-1)={:.10}", (-8f64).cbrt(), 5f64.hypot(12.0), 0f64.atan2(-1.0));
    let n = 12;
    let area: f64 = (0..n)
        .map(|i| {
            let a = 2.0 * PI * i as f64 / n as f64;
            let b = 2.0 * PI * (i + 1) as f64 / n as f64;
            0.5 * (a.cos() * b.sin() - b.cos() * a.sin())
        })
        .sum();
    println!("area of {}-gon in unit circle = {:.8} (pi = {:.8}, ratio {:.4}%)", n, area, PI, area / PI * 100.0);
    let mut approx = 0.0f64;
    for k in 0..1000 {
        approx += (-1f64).powi(k) / (2 * k + 1) as f64;
    }
    println!("leibniz(1000) * 4 = {:.6}, error = {:.3e}", approx * 4.0, (PI - approx * 4.0).abs());
    let e_series: f64 = (0..15).scan(1.0f64, |fact, k| { if k > 0 { *fact *= k as f64; } Some(1.0 / *fact) }).sum();
    println!("e by series = {:.12}, E const = {:.12}", e_series, std::f64::consts::E);
}
