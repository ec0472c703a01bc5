use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq)]
struct Flags(u16);

impl Flags {
    const NAMES: [&'static str; 8] = ["READ", "WRITE", "EXEC", "HIDDEN", "SYSTEM", "ARCHIVE", "TEMP", "SPARSE"];
    fn set(self, bit: u32) -> Self { Flags(self.0 | (1 << bit)) }
    fn clear(self, bit: u32) -> Self { Flags(self.0 & !(1 << bit)) }
    fn toggle(self, bit: u32) -> Self { Flags(self.0 ^ (1 << bit)) }
    fn has(self, bit: u32) -> bool { self.0 >> bit & 1 == 1 }
}

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let names: Vec<&str> = (0..16u32)
            .filter(|&b| self.has(b))
            .map(|b| Self::NAMES.get(b as usize).copied().unwrap_or("?"))
            .collect();
        if f.alternate() {
            write!(f, "{:#018b}", self.0)
        } else if names.is_empty() {
            f.pad("(none)")
        } else {
            f.pad(&names.join("|"))
        }
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Flags").field(&format_args!("{:#06x}", self.0)).finish()
    }
}

fn gray(n: u32) -> u32 { n ^ (n >> 1) }

fn reverse_bits_manual(mut x: u8) -> u8 {
    let mut r = 0u8;
    for _ in 0..8 {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    r
}

fn main() {
    let mut f = Flags(0);
    println!("start: [{:<20}] {:?} {:#}", f, f, f);
    for (op, bit) in [("set", 0), ("set", 1), ("set", 5), ("toggle", 2), ("clear", 1), ("set", 12), ("toggle", 5)] {
        f = match op {
            "set" => f.set(bit),
            "clear" => f.clear(bit),
            _ => f.toggle(bit),
        };
        println!("{:>6} {:>2}: [{:<20}] {:?} {:#} ones={}", op, bit, f, f, f, f.0.count_ones());
    }
    println!();
    println!("{:>3} {:>8} {:>8} {:>3}", "n", "binary", "gray", "pop");
    for n in 0..10u32 {
        println!("{:>3} {:>8b} {:>08b} {:>3}", n, n, gray(n), gray(n).count_ones());
    }
    println!();
    let x: u32 = 0xDEAD_BEEF;
    println!("x          = {:#010x} = {:032b}", x, x);
    println!("rotl(8)    = {:#010x}", x.rotate_left(8));
    println!("rotr(4)    = {:#010x}", x.rotate_right(4));
    println!("swap_bytes = {:#010x}", x.swap_bytes());
    println!("reverse    = {:#010x}", x.reverse_bits());
    println!("be bytes   = {:02x?}", x.to_be_bytes());
    println!("le bytes   = {:02X?}", x.to_le_bytes());
    println!("from_le    = {:#x}", u32::from_le_bytes([0xEF, 0xBE, 0xAD, 0xDE]));
    println!("lz={} tz={} lo={} to={}", x.leading_zeros(), x.trailing_zeros(), x.leading_ones(), x.trailing_ones());
    println!("lowest set bit of 0b10110000 = {:#b}", 0b1011_0000u8 & 0b1011_0000u8.wrapping_neg());
    for b in [0b0000_0001u8, 0b1010_0000, 0xF0, 0x5A] {
        println!("rev8({:08b}) = {:08b} builtin_ok={}", b, reverse_bits_manual(b), reverse_bits_manual(b) == b.reverse_bits());
    }
    let neg: i16 = -1234;
    println!("i16 {} as bits {:016b} hex {:x} as u16 {} >>2 {} (logical {})", neg, neg, neg, neg as u16, neg >> 2, (neg as u16) >> 2);
    let packed: u32 = (17u32 << 24) | (200 << 16) | (3 << 8) | 99;
    let fields: Vec<u8> = (0..4).rev().map(|i| (packed >> (i * 8)) as u8).collect();
    println!("packed {:#010x} -> {:?}", packed, fields);
    let parity = |v: u64| v.count_ones() % 2;
    println!("parity: {} {} {}", parity(0), parity(7), parity(u64::MAX));
    println!("i8 casts: {} {} {} {}", 200u8 as i8, -1i8 as u8, 300i32 as u8, -129i32 as i8);
}
