// Float math for a small physics/geometry report: rounding, roots, trig, classification.
use std::num::FpCategory;

fn describe(x: f64) -> String {
    let class = match x.classify() {
        FpCategory::Nan => "nan",
        FpCategory::Infinite => "inf",
        FpCategory::Zero => "zero",
        FpCategory::Subnormal => "subnormal",
        FpCategory::Normal => "normal",
    };
    format!("{x}: {class} finite={} inf={} nan={} normal={} sub={} pos={} neg={}",
        x.is_finite(), x.is_infinite(), x.is_nan(), x.is_normal(), x.is_subnormal(), x.is_sign_positive(), x.is_sign_negative())
}

fn main() {
    let xs = [2.5f64, -2.5, 3.75, -0.0, 1e-310];
    for x in xs {
        println!("{}", describe(x));
        println!("  floor={} ceil={} round={} ties_even={} trunc={} fract={} abs={} signum={}",
            x.floor(), x.ceil(), x.round(), x.round_ties_even(), x.trunc(), x.fract(), x.abs(), x.signum());
        println!("  recip={} copysign={} div_euclid={} rem_euclid={} mul_add={}",
            x.recip(), x.copysign(-1.0), x.div_euclid(2.0), x.rem_euclid(2.0), x.mul_add(2.0, 1.0));
    }
    println!("{}", describe(f64::NAN));
    println!("{}", describe(f64::NEG_INFINITY));
    let r = 2.0f64;
    println!("sqrt={:.6} cbrt={:.6} powi={} powf={:.6} exp={:.6} exp2={} exp_m1={:.6}", r.sqrt(), 27.0f64.cbrt(), r.powi(10), r.powf(0.5), r.exp(), r.exp2(), 1e-5f64.exp_m1());
    println!("ln={:.6} log={:.6} log2={} log10={} ln_1p={:.6} hypot={}", r.ln(), 81.0f64.log(3.0), 1024.0f64.log2(), 1000.0f64.log10(), 1e-5f64.ln_1p(), 3.0f64.hypot(4.0));
    let a = std::f64::consts::FRAC_PI_6;
    println!("sin={:.6} cos={:.6} tan={:.6} asin={:.6} acos={:.6} atan={:.6} atan2={:.6}", a.sin(), a.cos(), a.tan(), 0.5f64.asin(), 0.5f64.acos(), 1.0f64.atan(), 1.0f64.atan2(-1.0));
    let (s, c) = a.sin_cos();
    println!("sin_cos=({s:.6}, {c:.6}) sinh={:.6} cosh={:.6} tanh={:.6} asinh={:.6} acosh={:.6} atanh={:.6}", 1.0f64.sinh(), 1.0f64.cosh(), 1.0f64.tanh(), 1.0f64.asinh(), 2.0f64.acosh(), 0.5f64.atanh());
    println!("deg={} rad={:.6} max={} min={} midpoint={} clamp={}", std::f64::consts::PI.to_degrees(), 180.0f64.to_radians(), 1.5f64.max(f64::NAN), 1.5f64.min(-2.0), 1.0f64.midpoint(4.0), 7.5f64.clamp(0.0, 5.0));
    println!("next_up={:#x} next_down={} up(1)={}", 0.0f64.next_up().to_bits(), 1.0f64.next_down(), 1.0f64.next_up());
    let bits = 1.5f64.to_bits();
    println!("bits={bits:#x} back={} be={:?} le={:?} ne_len={}", f64::from_bits(bits), 1.5f64.to_be_bytes(), 1.5f64.to_le_bytes(), 1.5f64.to_ne_bytes().len());
    println!("from bytes {} {} {}", f64::from_be_bytes(1.5f64.to_be_bytes()), f64::from_le_bytes([0, 0, 0, 0, 0, 0, 0xf8, 0x3f]), f64::from_ne_bytes(2.0f64.to_ne_bytes()));
    let mut temps = vec![3.5f64, -1.0, f64::NAN, 0.0, -0.0, 2.25];
    temps.sort_by(|a, b| a.total_cmp(b));
    println!("sorted {:?}", temps);
    let i: i32 = unsafe { 41.9f64.to_int_unchecked() };
    let u: u8 = unsafe { 200.7f32.to_int_unchecked() };
    println!("to_int_unchecked {i} {u}");
    // f32 versions
    let f = 1.75f32;
    println!("f32: floor={} ceil={} round={} trunc={} fract={} sqrt={} powi={} recip={} signum={} abs={}", f.floor(), f.ceil(), f.round(), f.trunc(), f.fract(), f.sqrt(), f.powi(3), f.recip(), (-f).signum(), (-f).abs());
    println!("f32: bits={:#x} {} {:?} classify={:?} midpoint={} next_up={}", f.to_bits(), f32::from_bits(0x40400000), f.to_le_bytes(), f.classify(), f.midpoint(2.25), f.next_up());
    println!("f32: min={} max={} clamp={} total={:?} copysign={} rem_euclid={}", f.min(0.5), f.max(0.5), f.clamp(2.0, 3.0), f.total_cmp(&-f), f.copysign(-0.0), (-f).rem_euclid(1.0));
}
