use std::time::Duration;

fn show(label: &str, d: Duration) {
    println!("{label:>12}: {d:?} = {}s + {}ns ({} ms)", d.as_secs(), d.subsec_nanos(), d.as_millis());
}

fn main() {
    // building durations several ways
    let lap_times = [
        Duration::from_millis(1500),
        Duration::from_secs(2),
        Duration::new(2, 1_000),
        Duration::from_micros(15_250),
        Duration::from_nanos(999),
        Duration::new(0, 2_500_000_000),
    ];
    for (i, d) in lap_times.iter().enumerate() {
        show(&format!("lap {i}"), *d);
    }
    let total: Duration = lap_times.iter().sum();
    show("total", total);
    let avg = total / lap_times.len() as u32;
    show("average", avg);
    let slowest = lap_times.iter().max().unwrap();
    let fastest = lap_times.iter().min().unwrap();
    println!("slowest {slowest:?}, fastest {fastest:?}, spread {:?}", slowest.abs_diff(*fastest));

    // formatting like floats
    let d = Duration::new(1, 234_567_891);
    println!("[{d:?}] [{d:.0?}] [{d:.1?}] [{d:.3?}] [{d:.12?}]");
    println!("[{d:>14?}] [{d:<14?}] [{d:^14.2?}] [{d:+?}] [{d:*>10.1?}]");
    println!("{:?} {:?} {:?} {:?}", Duration::from_millis(15), Duration::from_micros(3), Duration::ZERO, Duration::MAX);
    println!("{:.1?} {:.0?} {:.0?} {:.2?}", Duration::from_nanos(1_950), Duration::from_millis(2_500), Duration::from_millis(3_500), Duration::from_nanos(999_999_999));

    // checked and saturating arithmetic
    let a = Duration::from_secs(5);
    let b = Duration::from_millis(7_250);
    println!("{:?} {:?} {:?}", a.checked_sub(b), b.checked_sub(a), a.saturating_sub(b));
    println!("{:?} {:?}", Duration::MAX.checked_add(a), Duration::MAX.saturating_add(a) == Duration::MAX);
    println!("{:?} {:?} {:?}", a.checked_mul(3), a.checked_div(0), b.checked_div(4));
    println!("{:?} {:?}", b * 2, 3 * b);
    let mut acc = Duration::ZERO;
    acc += a;
    acc -= Duration::from_millis(1);
    acc *= 2;
    acc /= 3;
    println!("acc {acc:?} zero? {} {}", acc.is_zero(), Duration::default().is_zero());

    // float conversions
    println!("{} {} {}", b.as_secs_f64(), b.as_secs_f32(), b.as_micros());
    println!("{:?} {:?} {:?}", Duration::from_secs_f64(2.7), Duration::from_secs_f32(0.25), Duration::from_secs_f64(1e-10));
    println!("{:?} {:?}", b.mul_f64(1.5), b.div_f64(4.0));
    println!("{} {}", b.div_duration_f64(a), a.div_duration_f32(b));
    println!("{:?}", Duration::try_from_secs_f64(-1.0));
    println!("{:?}", Duration::try_from_secs_f32(f32::NAN));
    match Duration::try_from_secs_f64(1e30) {
        Ok(d) => println!("ok {d:?}"),
        Err(e) => println!("error: {e}"),
    }
    println!("size {} option {}", std::mem::size_of::<Duration>(), std::mem::size_of::<Option<Duration>>());

    // a negative time is a bug: the checked form says so
    let remaining = Duration::from_secs(1).checked_sub(Duration::from_secs(2));
    println!("remaining {remaining:?}");
    let left = remaining.expect("deadline already passed");
    println!("unreachable {left:?}");
}
