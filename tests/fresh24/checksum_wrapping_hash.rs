use std::fmt::Write as _;
use std::hash::{Hash, Hasher};

struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (a, b) = data.iter().fold((1u32, 0u32), |(a, b), &x| {
        let a = (a + x as u32) % MOD;
        (a, (b + a) % MOD)
    });
    (b << 16) | a
}

fn crc8(data: &[u8]) -> u8 {
    let mut crc: u8 = 0;
    for &byte in data {
        crc ^= byte;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x07 } else { crc << 1 };
        }
    }
    crc
}

fn luhn_valid(number: &str) -> Option<bool> {
    let digits: Vec<u32> = number.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_digit(10)).collect::<Option<_>>()?;
    if digits.len() < 2 {
        return None;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    Some(sum % 10 == 0)
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::new();
    for b in bytes {
        write!(s, "{:02x}", b).unwrap();
    }
    s
}

#[derive(Hash)]
struct Record<'a> {
    id: u32,
    tag: &'a str,
    flags: [bool; 3],
}

fn main() {
    let inputs: [&[u8]; 4] = [b"", b"a", b"Wikipedia", b"The quick brown fox jumps over the lazy dog"];
    for data in inputs {
        let mut h = Fnv1a::default();
        h.write(data);
        println!("{:<45} adler={:08x} crc8={:#04x} fnv={:016x}", format!("{:?}", String::from_utf8_lossy(data)), adler32(data), crc8(data), h.finish());
    }

    let r1 = Record { id: 7, tag: "alpha", flags: [true, false, true] };
    let r2 = Record { id: 7, tag: "alpha", flags: [true, false, true] };
    let r3 = Record { id: 8, tag: "alpha", flags: [true, false, true] };
    let hash_of = |r: &Record| {
        let mut h = Fnv1a::default();
        r.hash(&mut h);
        h.finish()
    };
    println!("r1==r2 hash: {}, r1==r3 hash: {}", hash_of(&r1) == hash_of(&r2), hash_of(&r1) == hash_of(&r3));

    let x: u8 = 250;
    println!("wrapping: {} {} {}", x.wrapping_add(10), x.wrapping_mul(3), 5u8.wrapping_sub(10));
    println!("checked: {:?} {:?} {:?}", x.checked_add(5), x.checked_add(6), 200u8.checked_mul(2));
    println!("saturating: {} {} {}", x.saturating_add(100), 3u8.saturating_sub(9), i8::MIN.saturating_sub(1));
    println!("overflowing: {:?} {:?}", x.overflowing_add(10), i32::MAX.overflowing_add(1));
    println!("rotate: {:#010b} {:#010b}", 0b1001_0110u8.rotate_left(3), 0b1001_0110u8.rotate_right(2));
    println!("bits: ones={} lz={} tz={} pow2={}", 0xF0F0u16.count_ones(), 1u32.leading_zeros(), 48u64.trailing_zeros(), 64u32.is_power_of_two());
    println!("i16 abs: {:?} {:?} {}", (-300i16).checked_abs(), i16::MIN.checked_abs(), (-7i32).rem_euclid(3));
    println!("be bytes {} le bytes {}", hex(&0xDEADBEEFu32.to_be_bytes()), hex(&0xDEADBEEFu32.to_le_bytes()));
    println!("from be: {:#x}", u32::from_be_bytes([0xCA, 0xFE, 0xBA, 0xBE]));

    for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "12a4", "5"] {
        let verdict = match luhn_valid(card) {
            Some(true) => "valid",
            Some(false) => "invalid",
            None => "malformed",
        };
        println!("{:>22} -> {}", card, verdict);
    }
    let mut acc: u16 = 1;
    let steps: Vec<u16> = (1..=12).map(|i| { acc = acc.wrapping_mul(i * 7 + 3); acc }).collect();
    println!("wrapping product chain: {:?}", steps);
}
