use std::fmt::Write;

fn report_u8(a: u8, b: u8, out: &mut String) {
    writeln!(out, "u8 {a} + {b}: checked={:?} wrapping={} saturating={} overflowing={:?}",
        a.checked_add(b), a.wrapping_add(b), a.saturating_add(b), a.overflowing_add(b)).unwrap();
    writeln!(out, "u8 {a} - {b}: checked={:?} wrapping={} saturating={} overflowing={:?}",
        a.checked_sub(b), a.wrapping_sub(b), a.saturating_sub(b), a.overflowing_sub(b)).unwrap();
    writeln!(out, "u8 {a} * {b}: checked={:?} wrapping={} saturating={} overflowing={:?}",
        a.checked_mul(b), a.wrapping_mul(b), a.saturating_mul(b), a.overflowing_mul(b)).unwrap();
}

fn factorial_u64(n: u64) -> Option<u64> {
    (1..=n).try_fold(1u64, |acc, k| acc.checked_mul(k))
}

fn factorial_u128(n: u32) -> Option<u128> {
    (1..=n as u128).try_fold(1u128, |acc, k| acc.checked_mul(k))
}

fn collatz_steps(mut n: u64) -> Result<u32, String> {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 {
            n / 2
        } else {
            n.checked_mul(3).and_then(|x| x.checked_add(1)).ok_or_else(|| format!("overflow at step {}", steps))?
        };
        steps += 1;
    }
    Ok(steps)
}

fn main() {
    let mut out = String::new();
    report_u8(200, 100, &mut out);
    report_u8(16, 15, &mut out);
    print!("{}", out);

    println!("i32::MIN.checked_abs() = {:?}, wrapping_abs = {}, unsigned_abs = {}", i32::MIN.checked_abs(), i32::MIN.wrapping_abs(), i32::MIN.unsigned_abs());
    println!("i32::MIN / -1 checked = {:?}, wrapping = {}, overflowing = {:?}", i32::MIN.checked_div(-1), i32::MIN.wrapping_div(-1), i32::MIN.overflowing_div(-1));
    println!("i8 neg: {:?} {:?} {}", (-128i8).checked_neg(), (-128i8).overflowing_neg(), (-128i8).saturating_neg());
    println!("i64 saturating: {} {}", i64::MAX.saturating_add(1), i64::MIN.saturating_sub(1));
    println!("shifts: {:?} {:?} {} {}", 1u32.checked_shl(32), 1u32.checked_shl(31), 1u32.wrapping_shl(33), (-16i32) >> 2);

    for n in [5u64, 20, 21, 25] {
        println!("{:>2}! as u64 = {:?}", n, factorial_u64(n));
    }
    for n in [30u32, 34, 35] {
        match factorial_u128(n) {
            Some(v) => println!("{}! as u128 = {} ({} bits)", n, v, 128 - v.leading_zeros()),
            None => println!("{}! overflows u128", n),
        }
    }
    println!("u128::MAX = {}", u128::MAX);
    println!("i128::MIN = {}", i128::MIN);
    println!("u128::MAX hex = {:#x}", u128::MAX);
    let big: i128 = -170141183460469231731687303715884105728 + 12345;
    println!("big = {big}, abs_diff to 0 = {}", big.abs_diff(0));

    for x in [0u32, 1, 255, 256, 0x8000_0000, u32::MAX] {
        println!("{:>10}: lz={:>2} tz={:>2} ones={:>2} pow2={} next_pow2={:?}",
            x, x.leading_zeros(), x.trailing_zeros(), x.count_ones(), x.is_power_of_two(), x.checked_next_power_of_two());
    }
    println!("pow: {} {} {:?} {:?}", 2i64.pow(40), 3u8.pow(5), 3u8.checked_pow(6), 10u32.checked_pow(10));
    println!("wrapping_pow: {} {}", 3u8.wrapping_pow(6), 2i32.wrapping_pow(31));
    for (a, b) in [(7i32, 3), (-7, 3), (7, -3), (-7, -3)] {
        println!("{:>2} / {:>2}: / = {:>2} % = {:>2} div_euclid = {:>2} rem_euclid = {:>2}",
            a, b, a / b, a % b, a.div_euclid(b), a.rem_euclid(b));
    }
    println!("abs_diff: {} {} {}", 3u8.abs_diff(250), (-100i8).abs_diff(100), i64::MIN.abs_diff(i64::MAX));
    println!("isqrt: {} {} ilog10: {} ilog2: {}", 99u64.isqrt(), 1_000_000u64.isqrt(), 12345u32.ilog10(), 1024u32.ilog2());
    for n in [27u64, 97, 871, u64::MAX / 2] {
        println!("collatz({}) = {:?}", n, collatz_steps(n));
    }
}
