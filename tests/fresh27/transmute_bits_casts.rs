// Reinterpreting bits: transmute between same-size types, to/from bytes, and `as` casts.
use std::mem::transmute;

fn show_f32(x: f32) {
    let bits: u32 = unsafe { transmute(x) };
    let sign = bits >> 31;
    let exp = (bits >> 23) & 0xff;
    let mant = bits & 0x7f_ffff;
    println!("{:>12e} bits {:#010x} sign {} exp {:>3} mantissa {:#08x} (to_bits agrees: {})",
        x, bits, sign, exp, mant, bits == x.to_bits());
}

fn main() {
    for x in [1.0f32, -2.5, 0.1, f32::MIN_POSITIVE, f32::INFINITY, -0.0] {
        show_f32(x);
    }
    let nan_bits: u32 = unsafe { transmute(f32::NAN) };
    println!("NaN bits {:#x} is_nan {}", nan_bits, f32::from_bits(nan_bits).is_nan());
    let back: f32 = unsafe { transmute(0x4049_0fdbu32) };
    println!("0x40490fdb as f32 = {back}");
    let d: u64 = unsafe { transmute(1.0f64) };
    println!("1.0f64 bits {:#018x}", d);

    let bytes: [u8; 4] = unsafe { transmute(0xdead_beefu32) };
    println!("transmute u32 -> [u8; 4]: {:02x?} (le bytes {:02x?}, be bytes {:02x?})",
        bytes, 0xdead_beefu32.to_le_bytes(), 0xdead_beefu32.to_be_bytes());
    let n: u32 = unsafe { transmute([1u8, 0, 0, 0]) };
    println!("[1,0,0,0] -> u32 = {} (from_le_bytes {} from_be_bytes {})",
        n, u32::from_le_bytes([1, 0, 0, 0]), u32::from_be_bytes([1, 0, 0, 0]));
    let pair: (u16, u16) = (0x0102, 0x0304);
    let arr: [u16; 2] = [pair.0, pair.1];
    let as_u32: u32 = unsafe { transmute(arr) };
    println!("[0x0102, 0x0304] as u32 = {:#010x}", as_u32);
    let i: i32 = unsafe { transmute(u32::MAX) };
    println!("u32::MAX transmuted to i32 = {i}");
    let signed: [i8; 4] = unsafe { transmute([255u8, 128, 127, 0]) };
    println!("[255,128,127,0] as [i8;4] = {:?}", signed);

    println!("integer casts:");
    println!("  300i32 as u8 = {}", 300i32 as u8);
    println!("  200u8 as i8 = {}", 200u8 as i8);
    println!("  -1i32 as u32 = {}", -1i32 as u32);
    println!("  -1i8 as u64 = {} (sign extension)", -1i8 as u64);
    println!("  255u8 as i32 = {} (zero extension)", 255u8 as i32);
    println!("  0x1_0000_0001u64 as u32 = {}", 0x1_0000_0001u64 as u32);
    println!("  i64::MIN as i32 = {}", i64::MIN as i32);

    println!("float -> int casts saturate:");
    for f in [3.99f64, -3.99, 255.5, 256.0, -1.0, 1e10, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        println!("  {:>8} as u8 = {:>3}, as i8 = {:>4}, as i32 = {}", f, f as u8, f as i8, f as i32);
    }
    println!("  u64::MAX as f32 = {}", u64::MAX as f32);
    println!("  16777217i32 as f32 = {}", 16777217i32 as f32);
    println!("  0.1f32 as f64 = {}", 0.1f32 as f64);
    println!("  1e300f64 as f32 = {}", 1e300f64 as f32);

    println!("chars:");
    for c in ['A', 'é', '€', '🦀'] {
        println!("  {:?} as u32 = {:#x}, len_utf8 {}, utf16 units {}", c, c as u32, c.len_utf8(), c.len_utf16());
    }
    println!("  97u8 as char = {:?}", 97u8 as char);
    println!("  char::from_u32(0x1F600) = {:?}", char::from_u32(0x1F600));
    println!("  char::from_u32(0xD800) = {:?}", char::from_u32(0xD800));
    println!("  'z' as u8 - 'a' as u8 = {}", 'z' as u8 - 'a' as u8);
    println!("  '€' as u8 = {} (truncated)", '€' as u8);
    println!("  char::from_digit(11, 16) = {:?}", char::from_digit(11, 16));
    println!("  bool as u8: {} {}", true as u8, false as i32);
    let b: bool = unsafe { transmute(1u8) };
    println!("  transmute 1u8 -> bool = {b}");
}
