#[derive(Debug, Clone, Copy, PartialEq)]
struct Flags(u16);

impl Flags {
    const READ: u16 = 1 << 0;
    const WRITE: u16 = 1 << 1;
    const EXEC: u16 = 1 << 2;
    const HIDDEN: u16 = 1 << 15;

    fn set(self, f: u16) -> Self { Flags(self.0 | f) }
    fn clear(self, f: u16) -> Self { Flags(self.0 & !f) }
    fn has(self, f: u16) -> bool { self.0 & f == f }
}

fn crc8(data: &[u8]) -> u8 {
    let mut crc: u8 = 0;
    for &b in data {
        crc ^= b;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x07 } else { crc << 1 };
        }
    }
    crc
}

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

fn main() {
    let a: u8 = 200;
    println!("checked: {:?} {:?} {:?}", a.checked_add(55), a.checked_add(56), 5u8.checked_sub(6));
    println!("wrapping: {} {} {}", a.wrapping_add(100), 0u8.wrapping_sub(1), (-128i8).wrapping_neg());
    println!("saturating: {} {} {}", a.saturating_add(100), 3u8.saturating_sub(10), i8::MIN.saturating_sub(1));
    println!("overflowing: {:?} {:?} {:?}", a.overflowing_add(100), i32::MAX.overflowing_add(1), 7u32.overflowing_mul(3));
    println!("checked div: {:?} {:?} rem_euclid {} {}", 10i32.checked_div(0), i32::MIN.checked_div(-1), (-7i32).rem_euclid(3), (-7i32) % 3);
    println!("pow: {:?} {} {:?}", 3u64.checked_pow(40), 2i32.pow(10), 10u32.checked_pow(10));

    let big: u128 = u64::MAX as u128 * 3 + 7;
    let neg: i128 = -(1i128 << 100);
    println!("u128 {} i128 {} max {}", big, neg, u128::MAX);
    println!("u128 hex {:#034x} and {:e}", big, big as f64);
    let fact: u128 = (1..=30u128).product();
    println!("30! = {}", fact);
    println!("30! digits = {}, trailing zeros bits = {}", fact.to_string().len(), fact.trailing_zeros());

    let x: u32 = 0b1011_0000_0000_0000_0000_0000_0000_0110;
    println!("x={x:#034b}");
    println!("ones={} lead0={} trail0={} lead1={}", x.count_ones(), x.leading_zeros(), x.trailing_zeros(), x.leading_ones());
    println!("rotl4={:#010x} rotr4={:#010x} swap={:#010x} rev={:#034b}", x.rotate_left(4), x.rotate_right(4), x.swap_bytes(), x.reverse_bits());
    println!("be={:?} le={:?}", x.to_be_bytes(), x.to_le_bytes());
    let bytes = [0x78, 0x56, 0x34, 0x12];
    println!("from_le={:#x} from_be={:#x} ne==le:{}", u32::from_le_bytes(bytes), u32::from_be_bytes(bytes), i16::from_be_bytes([0xff, 0xfe]));
    println!("pow2: {} {} {:?}", 37u32.is_power_of_two(), 37u32.next_power_of_two(), 0u8.checked_next_power_of_two());
    println!("ilog: {} {} abs_diff {}", 1000u32.ilog10(), 1025u32.ilog2(), 3u8.abs_diff(250));
    println!("signum {} {} abs {} unsigned_abs {}", (-9i64).signum(), 0i64.signum(), (-9i64).abs(), i64::MIN.unsigned_abs());

    let mut f = Flags(0).set(Flags::READ | Flags::WRITE);
    println!("{:?} rw={} x={}", f, f.has(Flags::READ | Flags::WRITE), f.has(Flags::EXEC));
    f = f.set(Flags::HIDDEN).clear(Flags::WRITE);
    println!("{:016b} {:#06x} signed={}", f.0, f.0, f.0 as i16);

    println!("crc8 {:#04x} {:#04x}", crc8(b"123456789"), crc8(b""));
    println!("fnv1a {:016x} {:x}", fnv1a("hello"), fnv1a(""));
    let casts = (300i32 as u8, -1i32 as u32, 3.99f64 as i32, -3.99f64 as i32, 1e20f64 as i32, f64::NAN as u8, 255u8 as i8);
    println!("casts {:?}", casts);
    let parsed: Vec<Result<u8, _>> = ["255", "256", "-1", "0x1f", " 7"].iter().map(|s| s.parse::<u8>()).collect();
    println!("{:?}", parsed);
    println!("radix {:?} {:?}", u32::from_str_radix("ff", 16), i64::from_str_radix("-1010", 2));
}
