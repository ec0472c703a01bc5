fn describe(label: &str, x: f64) {
    let class = if x.is_nan() {
        "nan"
    } else if x.is_infinite() {
        "infinite"
    } else if x == 0.0 {
        if x.is_sign_negative() { "neg-zero" } else { "zero" }
    } else if x.is_normal() {
        "normal"
    } else {
        "subnormal"
    };
    println!("{:<14} display={:<24} debug={:<24} bits={:#018x} [{}]", label, x, format!("{:?}", x), x.to_bits(), class);
}

fn main() {
    let values: Vec<(&str, f64)> = vec![
        ("0.1+0.2", 0.1 + 0.2),
        ("0.3", 0.3),
        ("1e21", 1e21),
        ("1e20", 1e20),
        ("1e-7", 1e-7),
        ("1.5e-5", 1.5e-5),
        ("MAX", f64::MAX),
        ("MIN_POSITIVE", f64::MIN_POSITIVE),
        ("EPSILON", f64::EPSILON),
        ("NaN", f64::NAN),
        ("inf", f64::INFINITY),
        ("-inf", f64::NEG_INFINITY),
        ("-0.0", -0.0),
        ("1/3", 1.0 / 3.0),
        ("100", 100.0),
        ("subnormal", 5e-324),
    ];
    for (label, v) in &values {
        describe(label, *v);
    }
    println!();
    for (label, v) in values.iter().take(8) {
        println!("{:<12} e={:e} E={:E} 10.2e=[{:10.2e}] .3={:.3}", label, v, v, v, v);
    }
    println!("[{:>10}] [{:<10}] [{:^10}] [{:+}] [{:+}]", f64::NAN, f64::INFINITY, -0.0f64, 0.0f64, f64::NEG_INFINITY);
    println!("[{:08.3}] [{:+08.2}] [{:08.3}] [{:e}]", 3.14159, -2.5, -0.0005, 0.0);
    let f: f32 = 0.1 + 0.2;
    println!("f32 0.1+0.2 = {} ({:?}), as f64 = {}", f, f, f as f64);
    println!("f32 MAX = {}, f32 bits of 1.0 = {:#x}", f32::MAX, 1.0f32.to_bits());
    println!("from_bits(0x4009_21fb_5444_2d18) = {}", f64::from_bits(0x4009_21fb_5444_2d18));
    let sum: f64 = (0..10).map(|_| 0.1).sum();
    println!("sum of ten 0.1 = {} == 1.0? {} diff={:e}", sum, sum == 1.0, (1.0 - sum).abs());
    println!("NaN == NaN: {}, NaN.max(1) = {}, min(NaN, 2) = {}", f64::NAN == f64::NAN, f64::NAN.max(1.0), 2.0f64.min(f64::NAN));
    println!("-0.0 == 0.0: {}, total_cmp: {:?}", -0.0 == 0.0f64, (-0.0f64).total_cmp(&0.0));
    let mut v = vec![3.5, -0.0, f64::INFINITY, -1.25, 0.0, f64::NEG_INFINITY, 2e-3];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("sorted: {:?}", v);
    for s in ["3.25", "1e3", "-.5", "inf", "NaN", "1_000", " 2.0", "0x10", ""] {
        match s.parse::<f64>() {
            Ok(x) => println!("parse {:>8} -> {}", format!("{:?}", s), x),
            Err(e) => println!("parse {:>8} -> error: {}", format!("{:?}", s), e),
        }
    }
    println!("as conversions: {} {} {} {}", 1e10 as i32, -1.9f64 as i64, f64::NAN as u8, 300.7 as u8);
}
