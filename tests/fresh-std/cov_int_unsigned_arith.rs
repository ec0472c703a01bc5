// Unsigned arithmetic on a set of inventory counters: every overflow-handling family.
fn main() {
    let counts: [u32; 5] = [0, 7, 1000, u32::MAX - 2, 1 << 31];
    for &c in &counts {
        println!("c={c}");
        println!("  checked: add={:?} sub={:?} mul={:?} div={:?} rem={:?} neg={:?} pow={:?} shl={:?} shr={:?}",
            c.checked_add(5), c.checked_sub(5), c.checked_mul(2), c.checked_div(0), c.checked_rem(7), c.checked_neg(), c.checked_pow(3), c.checked_shl(32), c.checked_shr(4));
        println!("  checked: div_euclid={:?} rem_euclid={:?} add_s={:?} sub_s={:?} signed_diff={:?} ilog={:?} ilog2={:?} ilog10={:?}",
            c.checked_div_euclid(3), c.checked_rem_euclid(3), c.checked_add_signed(-10), c.checked_sub_signed(-10), c.checked_signed_diff(500), c.checked_ilog(5), c.checked_ilog2(), c.checked_ilog10());
        println!("  checked: next_multiple_of={:?} next_power_of_two={:?}", c.checked_next_multiple_of(64), c.checked_next_power_of_two());
        println!("  wrapping: add={} sub={} mul={} div={} rem={} neg={} pow={} shl={} shr={} add_s={} sub_s={} div_e={} rem_e={}",
            c.wrapping_add(5), c.wrapping_sub(5), c.wrapping_mul(3), c.wrapping_div(7), c.wrapping_rem(7), c.wrapping_neg(), c.wrapping_pow(2),
            c.wrapping_shl(35), c.wrapping_shr(35), c.wrapping_add_signed(-8), c.wrapping_sub_signed(-8), c.wrapping_div_euclid(6), c.wrapping_rem_euclid(6));
        println!("  saturating: add={} sub={} mul={} div={} pow={} add_s={} sub_s={}",
            c.saturating_add(5), c.saturating_sub(5), c.saturating_mul(3), c.saturating_div(2), c.saturating_pow(2), c.saturating_add_signed(-20), c.saturating_sub_signed(-20));
        println!("  overflowing: add={:?} sub={:?} mul={:?} div={:?} rem={:?} neg={:?} pow={:?} shl={:?} shr={:?}",
            c.overflowing_add(5), c.overflowing_sub(5), c.overflowing_mul(3), c.overflowing_div(7), c.overflowing_rem(7), c.overflowing_neg(), c.overflowing_pow(2), c.overflowing_shl(33), c.overflowing_shr(33));
        println!("  overflowing: add_s={:?} sub_s={:?} div_e={:?} rem_e={:?}",
            c.overflowing_add_signed(-1), c.overflowing_sub_signed(1), c.overflowing_div_euclid(4), c.overflowing_rem_euclid(4));
        println!("  misc: abs_diff={} div_ceil={} next_mult={} is_mult={} pow2={} next_pow2={} isqrt={} midpoint={}",
            c.abs_diff(999), c.div_ceil(16), (c / 2).next_multiple_of(16), c.is_multiple_of(7), c.is_power_of_two(), (c / 4).next_power_of_two(), c.isqrt(), c.midpoint(u32::MAX));
        println!("  carrying_add={:?} borrowing_sub={:?} carrying_mul={:?} carrying_mul_add={:?}",
            c.carrying_add(u32::MAX, true), c.borrowing_sub(8, true), c.carrying_mul(u32::MAX, 9), c.carrying_mul_add(u32::MAX, u32::MAX, u32::MAX));
    }
    let n: u64 = 600;
    println!("strict: {} {} {} {} {} {} {} {}", n.strict_add(1), n.strict_sub(1), n.strict_mul(3), n.strict_div(7), n.strict_rem(7),
        n.strict_div_euclid(7), n.strict_rem_euclid(7), n.strict_pow(2));
    println!("strict: {} {} {} {} {}", n.strict_shl(3), n.strict_shr(3), n.strict_add_signed(-100), n.strict_sub_signed(-100), 0u64.strict_neg());
    unsafe {
        println!("unchecked: {} {} {} {} {}", n.unchecked_add(4), n.unchecked_sub(4), n.unchecked_mul(4), n.unchecked_shl(4), n.unchecked_shr(4));
    }
    println!("unbounded: {} {} {} {}", n.unbounded_shl(60), n.unbounded_shl(64), n.unbounded_shr(5), n.unbounded_shr(99));
    println!("div_euclid {} rem_euclid {} pow {} ilog {} ilog2 {} ilog10 {}", n.div_euclid(7), n.rem_euclid(7), 3u64.pow(30), n.ilog(5), n.ilog2(), n.ilog10());
    println!("casts {} {}", 200u8.cast_signed(), u64::MAX.cast_signed());
    let big: u128 = u128::MAX / 3;
    println!("u128: {:?} {:?} {}", big.checked_mul(2), big.checked_mul(4), big.wrapping_mul(7));
    let word: u16 = 0xBEEF;
    println!("u16: {:?} {:?}", word.carrying_mul(0x1234, 0x10), word.overflowing_sub_signed(-0x2000));
    let v: u8 = 250;
    println!("{}", v.checked_add(10).expect("counter overflow"));
}
