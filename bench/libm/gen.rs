// Input/result generator for scripts/libm-agreement.sh: for every float function rustmem's Libm
// implements, draws N deterministic pseudo-random inputs (fixed xorshift seed) and prints, per
// function, a header line `# <name> <f64|f32> <count>` then one line per input:
// `<a bits hex> <b bits hex> <result bits hex>` (b is 0 for one-argument functions; for powi, b
// holds the i32 exponent's bits). The results come from std's float methods, i.e. from glibc's
// libm (and compiler-builtins for powi) as a rustc -O binary on this machine calls them.
use std::hint::black_box;
use std::io::{BufWriter, Write};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// uniform in [0, 1)
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
    fn sign(&mut self) -> f64 {
        if self.next() & 1 == 0 { 1.0 } else { -1.0 }
    }
}

/// How to draw the inputs of one argument.
#[derive(Clone, Copy)]
struct Dist {
    /// the function's main range, drawn uniformly
    lo: f64,
    hi: f64,
    /// binary exponents of the log-uniform draws (any magnitude 2^emin .. 2^emax)
    emin: i32,
    emax: i32,
    /// whether log-uniform draws get a random sign (else positive, with a few negatives)
    signed: bool,
    /// special points: draws near these (a few ulps to a relative 2^-1 away, both sides)
    near: &'static [f64],
}

const SPECIALS: [f64; 12] = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN,
    f64::MIN_POSITIVE, 5e-324,
];

fn ulp_step(x: f64, k: i64, single: bool) -> f64 {
    if single {
        let f = x as f32;
        if !f.is_finite() { return x; }
        let b = f.to_bits() as i64 + k;
        if b < 0 || b > u32::MAX as i64 { return x; }
        f32::from_bits(b as u32) as f64
    } else {
        if !x.is_finite() { return x; }
        let b = x.to_bits() as i128 + k as i128;
        if b < 0 || b > u64::MAX as i128 { return x; }
        f64::from_bits(b as u64)
    }
}

fn draw(r: &mut Rng, d: &Dist, single: bool) -> f64 {
    let (emin, emax) = if single { (d.emin.max(-149), d.emax.min(127)) } else { (d.emin, d.emax) };
    let k = r.below(64);
    let v = match k {
        0..=27 => r.uniform(d.lo, d.hi),
        28..=43 => {
            let e = emin + r.below((emax - emin + 1) as u64) as i32;
            let m = 1.0 + r.unit();
            let mut v = m * 2f64.powi(e.max(-1022)) * if e < -1022 { 2f64.powi(e + 1022) } else { 1.0 };
            if d.signed { v *= r.sign(); } else if r.below(32) == 0 { v = -v; }
            v
        }
        44..=59 if !d.near.is_empty() => {
            let p = d.near[r.below(d.near.len() as u64) as usize];
            match r.below(3) {
                0 => ulp_step(p, r.below(2000) as i64 - 1000, single),
                1 => p + p.abs().max(1e-300) * r.sign() * 2f64.powi(-(1 + r.below(52) as i32)) * r.unit(),
                _ => ulp_step(p, (r.below(1 << 24) as i64 - (1 << 23)) * if single { 1 } else { 1 << 29 }, single),
            }
        }
        44..=59 => r.uniform(d.lo, d.hi),
        60..=62 => {
            if single { f32::from_bits(r.next() as u32) as f64 } else { f64::from_bits(r.next()) }
        }
        _ => SPECIALS[r.below(SPECIALS.len() as u64) as usize],
    };
    if single { v as f32 as f64 } else { v }
}

const PI: f64 = std::f64::consts::PI;
const NEAR_TRIG: &[f64] = &[
    0.0, PI / 4.0, PI / 2.0, 3.0 * PI / 4.0, PI, 3.0 * PI / 2.0, 2.0 * PI, 5.0 * PI / 2.0, 10.0 * PI,
    100.0 * PI + PI / 2.0, 1e4 * PI, 105414350.0 * PI / 2.0, 0.8, 0.855469, 2.426265,
    -PI / 2.0, -PI, 1e22, 6381956970095103.0 * 2.0 * 2.0 * 2.0, 1.5707963267948966e8,
];

fn unary(name: &str) -> Dist {
    let d = |lo, hi, emin, emax, signed, near| Dist { lo, hi, emin, emax, signed, near };
    match name {
        "sqrt" => d(0.0, 100.0, -1074, 1023, false, &[0.0, 1.0, 2.0, 4.0]),
        "ln" | "log10" | "log2" => d(0.0, 10.0, -1074, 1023, false,
            &[1.0, 2.0, 10.0, 0.5, 100.0, 1e-300, 0.1, std::f64::consts::E]),
        "exp" => d(-10.0, 10.0, -60, 10, true,
            &[0.0, 709.782712893384, -708.3964185322641, -745.1332191019411, 88.72283905206835,
              -87.33654475055310, -103.97208, 0.6931471805599453, 1.0, -1.0, 20.0]),
        "exp2" => d(-10.0, 10.0, -60, 11, true,
            &[0.0, 1024.0, -1022.0, -1074.0, 128.0, -126.0, -149.0, 1.0, 0.5, 3.0, -7.0]),
        "exp_m1" => d(-5.0, 5.0, -60, 10, true,
            &[0.0, 0.34657359027997264, 1.0397207708399179, 709.782712893384, 88.72283905206835,
              -37.42994775023705, -17.328679, 56.0, 24.0]),
        "ln_1p" => d(-0.99, 10.0, -60, 1023, false,
            &[0.0, -1.0, 0.41421356237309503, -0.2928932188134524, 1.0, 1e-10, -1e-10]),
        "sin" | "cos" | "tan" => d(-10.0, 10.0, -60, 1023, true, NEAR_TRIG),
        "asin" | "acos" => d(-1.0, 1.0, -60, -1, true, &[1.0, -1.0, 0.5, -0.5, 0.0, 0.125, 0.975, -0.975]),
        "atan" => d(-10.0, 10.0, -60, 1023, true, &[0.0, 1.0, -1.0, 0.4375, 0.6875, 1.1875, 2.4375, 39.0, 1e17]),
        "sinh" | "cosh" | "tanh" => d(-10.0, 10.0, -60, 10, true,
            &[0.0, 1.0, 22.0, 710.4758600739439, 89.41598629223294, 9.01, 0.5, 1e-8, 3.725290298461914e-9, 40.0]),
        "asinh" => d(-10.0, 10.0, -1074, 1023, true, &[0.0, 1.0, -1.0, 268435456.0, 1e-8]),
        "acosh" => d(1.0, 10.0, 0, 1023, false, &[1.0, 2.0, 1.5, 268435456.0]),
        "atanh" => d(-1.0, 1.0, -60, -1, true, &[1.0, -1.0, 0.5, -0.5, 0.0, 1e-8]),
        "cbrt" => d(-10.0, 10.0, -1074, 1023, true, &[0.0, 1.0, 8.0, -27.0, 1e-310, 0.001]),
        _ => panic!("{name}"),
    }
}

type F64Fn = fn(f64, f64) -> f64;
type F32Fn = fn(f32, f32) -> f32;

fn f64fn(name: &str) -> F64Fn {
    match name {
        "sqrt" => |a, _| a.sqrt(),
        "ln" => |a, _| a.ln(),
        "log10" => |a, _| a.log10(),
        "log2" => |a, _| a.log2(),
        "exp" => |a, _| a.exp(),
        "exp2" => |a, _| a.exp2(),
        "exp_m1" => |a, _| a.exp_m1(),
        "ln_1p" => |a, _| a.ln_1p(),
        "powf" => |a, b| a.powf(b),
        "sin" => |a, _| a.sin(),
        "cos" => |a, _| a.cos(),
        "tan" => |a, _| a.tan(),
        "asin" => |a, _| a.asin(),
        "acos" => |a, _| a.acos(),
        "atan" => |a, _| a.atan(),
        "atan2" => |a, b| a.atan2(b),
        "sinh" => |a, _| a.sinh(),
        "cosh" => |a, _| a.cosh(),
        "tanh" => |a, _| a.tanh(),
        "asinh" => |a, _| a.asinh(),
        "acosh" => |a, _| a.acosh(),
        "atanh" => |a, _| a.atanh(),
        "hypot" => |a, b| a.hypot(b),
        "cbrt" => |a, _| a.cbrt(),
        _ => panic!("{name}"),
    }
}

fn f32fn(name: &str) -> F32Fn {
    match name {
        "sqrt" => |a, _| a.sqrt(),
        "ln" => |a, _| a.ln(),
        "log10" => |a, _| a.log10(),
        "log2" => |a, _| a.log2(),
        "exp" => |a, _| a.exp(),
        "exp2" => |a, _| a.exp2(),
        "exp_m1" => |a, _| a.exp_m1(),
        "ln_1p" => |a, _| a.ln_1p(),
        "powf" => |a, b| a.powf(b),
        "sin" => |a, _| a.sin(),
        "cos" => |a, _| a.cos(),
        "tan" => |a, _| a.tan(),
        "asin" => |a, _| a.asin(),
        "acos" => |a, _| a.acos(),
        "atan" => |a, _| a.atan(),
        "atan2" => |a, b| a.atan2(b),
        "sinh" => |a, _| a.sinh(),
        "cosh" => |a, _| a.cosh(),
        "tanh" => |a, _| a.tanh(),
        "asinh" => |a, _| a.asinh(),
        "acosh" => |a, _| a.acosh(),
        "atanh" => |a, _| a.atanh(),
        "hypot" => |a, b| a.hypot(b),
        "cbrt" => |a, _| a.cbrt(),
        _ => panic!("{name}"),
    }
}

const NAMES: [&str; 25] = [
    "sqrt", "ln", "log10", "log2", "exp", "exp2", "exp_m1", "ln_1p", "powf", "powi", "sin", "cos",
    "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
    "hypot", "cbrt",
];

/// the two arguments of a two-argument function
fn binary(r: &mut Rng, name: &str, single: bool) -> (f64, f64) {
    match name {
        "powf" => {
            let x = draw(r, &Dist { lo: 0.0, hi: 10.0, emin: -80, emax: 80, signed: false,
                near: &[1.0, 2.0, 0.5, 10.0, 1e-5] }, single);
            let y = match r.below(8) {
                0 | 1 => (r.below(81) as f64) - 40.0,
                2 => r.uniform(-1.0, 1.0) * if single { 150.0 } else { 1100.0 },
                3 => [0.5, -0.5, 1.5, 2.0, 3.0, 0.25, 1.0 / 3.0][r.below(7) as usize],
                _ => draw(r, &Dist { lo: -10.0, hi: 10.0, emin: -60, emax: 12, signed: true,
                    near: &[0.0, 1.0, -1.0, 0.5] }, single),
            };
            // negative bases mostly with integer exponents
            let x = if r.below(8) == 0 { -x } else { x };
            (x, y)
        }
        "atan2" | "hypot" => {
            let dist = Dist { lo: -10.0, hi: 10.0, emin: -1074, emax: 1023, signed: true,
                near: &[0.0, -0.0, 1.0, -1.0] };
            let a = draw(r, &dist, single);
            let b = if r.below(4) == 0 { draw(r, &dist, single) } else {
                let mut b = r.uniform(-10.0, 10.0);
                if r.below(3) == 0 { b = a * r.uniform(-2.0, 2.0); }
                if single { b as f32 as f64 } else { b }
            };
            (a, b)
        }
        _ => panic!("{name}"),
    }
}

fn main() {
    let n: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(100_000);
    let only: Option<String> = std::env::args().nth(2);
    let out = std::io::stdout();
    let mut w = BufWriter::with_capacity(1 << 20, out.lock());
    for (fi, name) in NAMES.iter().enumerate() {
        if let Some(o) = &only { if o != name { continue; } }
        for single in [false, true] {
            let mut r = Rng(0x9E37_79B9_7F4A_7C15 ^ ((fi as u64 * 2 + single as u64 + 1) * 0x1234_5678_9ABC_DEF1));
            for _ in 0..20 { r.next(); }
            writeln!(w, "# {} {} {}", name, if single { "f32" } else { "f64" }, n).unwrap();
            for _ in 0..n {
                let (a, b) = match *name {
                    "powf" | "atan2" | "hypot" => binary(&mut r, name, single),
                    "powi" => {
                        let x = draw(&mut r, &Dist { lo: -10.0, hi: 10.0, emin: -40, emax: 40, signed: true,
                            near: &[1.0, -1.0, 1.0000001, 0.9999999] }, single);
                        let k = match r.below(8) {
                            0 => r.below(2201) as i64 - 1100,
                            1 => r.next() as i32 as i64,
                            _ => r.below(81) as i64 - 40,
                        };
                        (x, k as f64)
                    }
                    _ => (draw(&mut r, &unary(name), single), 0.0),
                };
                if *name == "powi" {
                    let k = b as i32;
                    if single {
                        let x = a as f32;
                        let res = black_box(x).powi(black_box(k));
                        writeln!(w, "{:08x} {:08x} {:08x}", x.to_bits(), k as u32, res.to_bits()).unwrap();
                    } else {
                        let res = black_box(a).powi(black_box(k));
                        writeln!(w, "{:016x} {:08x} {:016x}", a.to_bits(), k as u32, res.to_bits()).unwrap();
                    }
                } else if single {
                    let f = black_box(f32fn(name));
                    let (x, y) = (a as f32, b as f32);
                    let res = f(black_box(x), black_box(y));
                    writeln!(w, "{:08x} {:08x} {:08x}", x.to_bits(), y.to_bits(), res.to_bits()).unwrap();
                } else {
                    let f = black_box(f64fn(name));
                    let res = f(black_box(a), black_box(b));
                    writeln!(w, "{:016x} {:016x} {:016x}", a.to_bits(), b.to_bits(), res.to_bits()).unwrap();
                }
            }
        }
    }
    w.flush().unwrap();
}
