use std::collections::BTreeMap;

trait Checksum {
    fn name(&self) -> &'static str;
    fn reset(&mut self);
    fn update(&mut self, bytes: &[u8]);
    fn value(&self) -> u64;
    fn digest(&mut self, bytes: &[u8]) -> u64 {
        self.reset();
        self.update(bytes);
        self.value()
    }
    fn hex(&mut self, bytes: &[u8]) -> String {
        format!("{:016x}", self.digest(bytes))
    }
}

#[derive(Default)]
struct Adler32 { a: u32, b: u32 }
#[derive(Default)]
struct Fnv1a { h: u64 }
#[derive(Default)]
struct Crc8 { crc: u8 }
#[derive(Default)]
struct Djb2 { h: u32 }

const MOD_ADLER: u32 = 65_521;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

impl Checksum for Adler32 {
    fn name(&self) -> &'static str { "adler32" }
    fn reset(&mut self) { self.a = 1; self.b = 0; }
    fn update(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.a = (self.a + byte as u32) % MOD_ADLER;
            self.b = (self.b + self.a) % MOD_ADLER;
        }
    }
    fn value(&self) -> u64 { ((self.b as u64) << 16) | self.a as u64 }
}

impl Checksum for Fnv1a {
    fn name(&self) -> &'static str { "fnv1a64" }
    fn reset(&mut self) { self.h = FNV_OFFSET; }
    fn update(&mut self, bytes: &[u8]) {
        self.h = bytes.iter().fold(self.h, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    }
    fn value(&self) -> u64 { self.h }
}

impl Checksum for Crc8 {
    fn name(&self) -> &'static str { "crc8" }
    fn reset(&mut self) { self.crc = 0; }
    fn update(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.crc ^= b;
            for _ in 0..8 {
                self.crc = if self.crc & 0x80 != 0 { (self.crc << 1) ^ 0x07 } else { self.crc << 1 };
            }
        }
    }
    fn value(&self) -> u64 { self.crc as u64 }
}

impl Checksum for Djb2 {
    fn name(&self) -> &'static str { "djb2" }
    fn reset(&mut self) { self.h = 5381; }
    fn update(&mut self, bytes: &[u8]) {
        for &b in bytes { self.h = self.h.wrapping_shl(5).wrapping_add(self.h).wrapping_add(b as u32); }
    }
    fn value(&self) -> u64 { self.h as u64 }
}

fn luhn_valid(number: &str) -> Option<bool> {
    let digits: Vec<u32> = number.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_digit(10)).collect::<Option<_>>()?;
    let sum: u32 = digits.iter().rev().enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    Some(sum % 10 == 0)
}

fn main() {
    let mut algos: Vec<Box<dyn Checksum>> = vec![Box::new(Adler32::default()), Box::new(Fnv1a::default()), Box::new(Crc8::default()), Box::new(Djb2::default())];
    let inputs = ["", "a", "abc", "Wikipedia", "The quick brown fox jumps over the lazy dog"];
    for input in inputs {
        let short: String = input.chars().take(12).collect();
        let line: Vec<String> = algos.iter_mut().map(|a| format!("{}={}", a.name(), a.hex(input.as_bytes()))).collect();
        println!("{:<14} {}", format!("{:?}", short), line.join(" "));
    }
    let mut streaming = Fnv1a::default();
    streaming.reset();
    for chunk in "The quick brown fox jumps over the lazy dog".as_bytes().chunks(7) {
        streaming.update(chunk);
    }
    println!("streamed fnv = {:016x} matches one-shot: {}", streaming.value(), streaming.value() == Fnv1a::default().digest(b"The quick brown fox jumps over the lazy dog"));
    let mut buckets: BTreeMap<u64, Vec<&str>> = BTreeMap::new();
    let words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape", "honeydew"];
    let mut crc = Crc8::default();
    for w in words {
        buckets.entry(crc.digest(w.as_bytes()) % 4).or_default().push(w);
    }
    println!("crc8 buckets: {:?}", buckets);
    for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "12a4"] {
        println!("luhn {:<20} -> {:?}", card, luhn_valid(card));
    }
    let x: u8 = 200;
    println!("u8 ops: checked_add={:?} wrapping_add={} saturating_add={} overflowing_add={:?}", x.checked_add(100), x.wrapping_add(100), x.saturating_add(100), x.overflowing_add(100));
    println!("i32 ops: {:?} {} {} {}", i32::MAX.checked_mul(2), i32::MIN.wrapping_neg(), (-7i32).rem_euclid(3), i32::MAX.saturating_sub(-1));
}
