// Signed integer arithmetic families on a small ledger of temperature deltas.
fn main() {
    let deltas: [i32; 6] = [17, -42, i32::MAX - 3, i32::MIN + 5, 0, -1];
    for &d in &deltas {
        println!("d={d}");
        println!("  checked: add={:?} sub={:?} mul={:?} div={:?} rem={:?} neg={:?}",
            d.checked_add(10), d.checked_sub(10), d.checked_mul(3), d.checked_div(-1), d.checked_rem(7), d.checked_neg());
        println!("  checked: div_euclid={:?} rem_euclid={:?} shl={:?} shr={:?} abs={:?} pow={:?}",
            d.checked_div_euclid(5), d.checked_rem_euclid(5), d.checked_shl(3), d.checked_shr(40), d.checked_abs(), d.checked_pow(2));
        println!("  checked: add_u={:?} sub_u={:?} isqrt={:?} ilog={:?} ilog2={:?} ilog10={:?}",
            d.checked_add_unsigned(5), d.checked_sub_unsigned(5), d.checked_isqrt(), d.checked_ilog(3), d.checked_ilog2(), d.checked_ilog10());
        println!("  wrapping: add={} sub={} mul={} div={} rem={} neg={} abs={} pow={}",
            d.wrapping_add(10), d.wrapping_sub(10), d.wrapping_mul(3), d.wrapping_div(-1), d.wrapping_rem(7), d.wrapping_neg(), d.wrapping_abs(), d.wrapping_pow(3));
        println!("  wrapping: div_euclid={} rem_euclid={} shl={} shr={} add_u={} sub_u={}",
            d.wrapping_div_euclid(-5), d.wrapping_rem_euclid(-5), d.wrapping_shl(33), d.wrapping_shr(33), d.wrapping_add_unsigned(7), d.wrapping_sub_unsigned(7));
        println!("  saturating: add={} sub={} mul={} div={} neg={} abs={} pow={} add_u={} sub_u={}",
            d.saturating_add(10), d.saturating_sub(10), d.saturating_mul(3), d.saturating_div(-1), d.saturating_neg(), d.saturating_abs(), d.saturating_pow(3), d.saturating_add_unsigned(9), d.saturating_sub_unsigned(9));
        println!("  overflowing: add={:?} sub={:?} mul={:?} div={:?} rem={:?} neg={:?} abs={:?} pow={:?}",
            d.overflowing_add(10), d.overflowing_sub(10), d.overflowing_mul(3), d.overflowing_div(-1), d.overflowing_rem(-1), d.overflowing_neg(), d.overflowing_abs(), d.overflowing_pow(3));
        println!("  overflowing: div_euclid={:?} rem_euclid={:?} shl={:?} shr={:?} add_u={:?} sub_u={:?}",
            d.overflowing_div_euclid(-1), d.overflowing_rem_euclid(-1), d.overflowing_shl(35), d.overflowing_shr(35), d.overflowing_add_unsigned(100), d.overflowing_sub_unsigned(100));
        println!("  euclid: div={} rem={}  abs_diff={} unsigned_abs={} signum={} pos={} neg={}",
            d.div_euclid(-7), d.rem_euclid(-7), d.abs_diff(-100), d.unsigned_abs(), d.signum(), d.is_positive(), d.is_negative());
    }
    let small: i64 = -9;
    println!("strict: {} {} {} {} {} {}", small.strict_add(4), small.strict_sub(4), small.strict_mul(4), small.strict_div(4), small.strict_rem(4), small.strict_neg());
    println!("strict: {} {} {} {} {} {}", small.strict_div_euclid(4), small.strict_rem_euclid(4), small.strict_shl(2), small.strict_shr(1), small.strict_abs(), small.strict_pow(3));
    println!("strict_u: {} {}", small.strict_add_unsigned(20), small.strict_sub_unsigned(20));
    unsafe {
        println!("unchecked: {} {} {} {} {} {}", small.unchecked_add(1), small.unchecked_sub(1), small.unchecked_mul(2), small.unchecked_neg(), small.unchecked_shl(2), small.unchecked_shr(1));
    }
    println!("unbounded: {} {} {} {}", small.unbounded_shl(3), small.unbounded_shl(64), small.unbounded_shr(2), small.unbounded_shr(64));
    println!("pow {} isqrt {} ilog {} ilog2 {} ilog10 {} abs {}", 3i64.pow(20), 1000i64.isqrt(), 1000i64.ilog(3), 1000i64.ilog2(), 1000i64.ilog10(), (-77i8).abs());
    println!("midpoint {} {} {}", 7i32.midpoint(-3), i8::MIN.midpoint(i8::MAX), (-5i16).midpoint(-8));
    println!("casts {} {}", (-1i16).cast_unsigned(), i128::MIN.cast_unsigned());
    let total = deltas.iter().map(|d| *d as i64).fold(0i64, |a, b| a.strict_add(b));
    println!("total {total}");
    let x: i8 = 100;
    println!("about to overflow: {}", x.strict_add(27));
    let y = x.strict_add(28);
    println!("unreachable {y}");
}
