// What happens at the edges of fixed-width integers: wrapping, checked, overflowing,
// saturating, and the bit-level view of each result.
use std::mem::size_of;
use std::num::Wrapping;

fn bits8(x: u8) -> String {
    format!("{:08b}", x)
}

fn main() {
    println!("widths: i8 {} i16 {} i32 {} i64 {} i128 {} isize {} usize {}",
        size_of::<i8>(), size_of::<i16>(), size_of::<i32>(), size_of::<i64>(),
        size_of::<i128>(), size_of::<isize>(), size_of::<usize>());
    println!("align_of::<u128>() = {}, align_of::<i128>() = {}", std::mem::align_of::<u128>(), std::mem::align_of::<i128>());

    let a: u8 = 250;
    for add in [3u8, 5, 6, 10] {
        println!("250 + {:>2}: wrapping {:>3} checked {:>9} overflowing {:?} saturating {}",
            add, a.wrapping_add(add), format!("{:?}", a.checked_add(add)),
            a.overflowing_add(add), a.saturating_add(add));
    }
    let m: i8 = -128;
    println!("i8::MIN: wrapping_neg {} checked_neg {:?} wrapping_abs {} unsigned_abs {} saturating_neg {}",
        m.wrapping_neg(), m.checked_neg(), m.wrapping_abs(), m.unsigned_abs(), m.saturating_neg());
    println!("i8::MIN / -1: checked {:?} wrapping {} overflowing {:?}",
        m.checked_div(-1), m.wrapping_div(-1), m.overflowing_div(-1));
    println!("i32::MAX * 2: wrapping {} overflowing {:?} saturating {}",
        i32::MAX.wrapping_mul(2), i32::MAX.overflowing_mul(2), i32::MAX.saturating_mul(2));
    println!("0u32 - 1: wrapping {} checked {:?} saturating {}",
        0u32.wrapping_sub(1), 0u32.checked_sub(1), 0u32.saturating_sub(1));
    println!("shifts: 1u8 wrapping_shl(9) = {}, checked_shl(9) = {:?}, 0x80u8 >> 7 = {}",
        1u8.wrapping_shl(9), 1u8.checked_shl(9), 0x80u8 >> 7);
    println!("-16i32 >> 2 = {} (arithmetic), (-16i32 as u32) >> 2 = {} (logical)",
        -16i32 >> 2, (-16i32 as u32) >> 2);
    println!("pow: 3u8.checked_pow(5) = {:?}, 3u8.wrapping_pow(5) = {}, 2i32.saturating_pow(40) = {}",
        3u8.checked_pow(5), 3u8.wrapping_pow(5), 2i32.saturating_pow(40));

    println!("two's complement views:");
    for v in [0i8, 1, -1, 127, -128, -37] {
        println!("  {:>4} -> {} (as u8 {})", v, bits8(v as u8), v as u8);
    }

    println!("bit tricks on 0b0010_1100u8:");
    let x = 0b0010_1100u8;
    println!("  count_ones {} count_zeros {} leading_zeros {} trailing_zeros {}",
        x.count_ones(), x.count_zeros(), x.leading_zeros(), x.trailing_zeros());
    println!("  rotate_left(3) {} rotate_right(3) {} reverse_bits {}",
        bits8(x.rotate_left(3)), bits8(x.rotate_right(3)), bits8(x.reverse_bits()));
    println!("  is_power_of_two {} next_power_of_two {}", x.is_power_of_two(), x.next_power_of_two());
    println!("  0x12345678u32.swap_bytes() = {:#x}", 0x12345678u32.swap_bytes());
    println!("  0x12345678u32.to_be() on little endian = {:#x}", 0x12345678u32.to_be());
    println!("  u64::MAX.leading_zeros() = {}, 1u64.leading_zeros() = {}", u64::MAX.leading_zeros(), 1u64.leading_zeros());
    println!("  ilog2(1000) = {}, ilog10(1000) = {}", 1000u32.ilog2(), 1000u32.ilog10());

    println!("Wrapping<T> arithmetic:");
    let mut w = Wrapping(200u8);
    w += Wrapping(100);
    println!("  200 + 100 = {}", w);
    w = w * Wrapping(3);
    println!("  * 3 = {}", w);
    w -= Wrapping(50);
    println!("  - 50 = {}", w);

    println!("hash-like mixing with wrapping ops:");
    let mut h: u32 = 2166136261;
    for b in b"memory" {
        h ^= *b as u32;
        h = h.wrapping_mul(16777619);
    }
    println!("  fnv1a(\"memory\") = {:#010x}", h);

    println!("euclid and rem:");
    for (a, b) in [(7i32, 3i32), (-7, 3), (7, -3), (-7, -3)] {
        println!("  {a:>2} / {b:>2}: / {:>2} % {:>2} div_euclid {:>2} rem_euclid {}",
            a / b, a % b, a.div_euclid(b), a.rem_euclid(b));
    }
    println!("abs_diff(3u8, 250u8) = {}, midpoint-ish (a & b) + ((a ^ b) >> 1) = {}",
        3u8.abs_diff(250), (250u8 & 252u8) + ((250u8 ^ 252u8) >> 1));
    println!("i128 product: {}", (i64::MAX as i128) * (i64::MAX as i128));
    println!("u128::MAX = {}", u128::MAX);
    println!("checked chain: {:?}", 10u8.checked_mul(20).and_then(|v| v.checked_add(50)));
    println!("checked chain overflow: {:?}", 10u8.checked_mul(20).and_then(|v| v.checked_add(50)).and_then(|v| v.checked_mul(2)));
}
