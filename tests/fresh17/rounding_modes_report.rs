use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Mode {
    Floor,
    Ceil,
    Round,
    Trunc,
    HalfEven,
}

impl Mode {
    fn apply(self, x: f64) -> f64 {
        match self {
            Mode::Floor => x.floor(),
            Mode::Ceil => x.ceil(),
            Mode::Round => x.round(),
            Mode::Trunc => x.trunc(),
            Mode::HalfEven => x.round_ties_even(),
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = format!("{:?}", self).to_lowercase();
        f.pad(&name)
    }
}

fn round_to(x: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (x * factor).round() / factor
}

struct Percent(f64);

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let prec = f.precision().unwrap_or(1);
        let s = format!("{:.*}%", prec, self.0 * 100.0);
        if let Some(w) = f.width() {
            write!(f, "{:>w$}", s, w = w)
        } else {
            f.write_str(&s)
        }
    }
}

fn main() {
    let modes = [Mode::Floor, Mode::Ceil, Mode::Round, Mode::Trunc, Mode::HalfEven];
    print!("{:>7}", "x");
    for m in &modes {
        print!(" {:>9}", m);
    }
    println!();
    for x in [2.5f64, 3.5, -2.5, -0.5, 0.49999999999999994, 1.4999, -7.01, 1e16 + 1.0] {
        print!("{:>7}", if x.abs() > 1e6 { format!("{:e}", x) } else { x.to_string() });
        for m in modes {
            print!(" {:>9}", m.apply(x));
        }
        println!();
    }
    println!();
    println!("{:<8} {:>8} {:>8} {:>8} {:>12}", "value", ".0", ".1", ".2", "round_to(2)");
    for x in [0.125f64, 0.375, 2.675, 1.005, 0.045, 9.995, -1.55, 1234.5678] {
        println!("{:<8} {:>8.0} {:>8.1} {:>8.2} {:>12}", x, x, x, x, round_to(x, 2));
    }
    println!();
    println!("f32 vs f64:");
    for (a, b) in [(1.1f32, 1.1f64), (16777217.0f32, 16777217.0f64), (0.1f32 * 3.0, 0.1f64 * 3.0), (1.0f32 / 3.0, 1.0f64 / 3.0)] {
        println!("  f32={:<12} f64={:<20} widened={}", a, b, a as f64);
    }
    let total = 7.0;
    let parts = [1.0, 2.0, 4.0];
    for p in parts {
        println!("share {:>3}: [{}] [{:8}] [{:.3}] [{:10.0}]", p, Percent(p / total), Percent(p / total), Percent(p / total), Percent(p / total));
    }
    let cents: Vec<i64> = [19.99f64, 0.1 + 0.2, 4.35, 1.15].iter().map(|v| (v * 100.0).round() as i64).collect();
    let naive: Vec<i64> = [19.99f64, 0.1 + 0.2, 4.35, 1.15].iter().map(|v| (v * 100.0) as i64).collect();
    println!("cents rounded={:?} truncated={:?}", cents, naive);
    println!("fract: {} {} {}  signum: {} {} {}", 3.75f64.fract(), (-3.75f64).fract(), 5.0f64.fract(), (-0.0f64).signum(), 2.5f64.signum(), f64::NAN.signum());
    println!("clamp: {} {} mul_add: {}", 15.5f64.clamp(0.0, 10.0), (-3.0f64).clamp(-1.0, 1.0), 2.0f64.mul_add(3.0, 0.5));
    println!("rem: {} {} rem_euclid: {} {}", 7.5f64 % 2.0, -7.5f64 % 2.0, (-7.5f64).rem_euclid(2.0), 7.5f64.rem_euclid(-2.0));
}
