// Packet checksums over bytes; a naive u8 accumulator overflows in a debug build.
#[derive(Debug)]
struct Packet {
    id: u16,
    payload: Vec<u8>,
}

impl Packet {
    fn new(id: u16, text: &str) -> Self {
        Packet { id, payload: text.as_bytes().to_vec() }
    }

    fn xor_checksum(&self) -> u8 {
        self.payload.iter().fold(0u8, |acc, b| acc ^ b)
    }

    fn wrapping_sum(&self) -> u8 {
        self.payload.iter().fold(0u8, |acc, &b| acc.wrapping_add(b))
    }

    fn fletcher16(&self) -> u16 {
        let (mut a, mut b) = (0u16, 0u16);
        for &byte in &self.payload {
            a = (a + byte as u16) % 255;
            b = (b + a) % 255;
        }
        (b << 8) | a
    }

    fn naive_sum(&self) -> u8 {
        let mut total: u8 = 0;
        for &b in &self.payload {
            total += b / 4;
        }
        total
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{:02x}", b)).collect::<Vec<_>>().join(" ")
}

fn main() {
    let packets = vec![
        Packet::new(1, "hi"),
        Packet::new(2, "ping"),
        Packet::new(3, "abcde"),
        Packet::new(4, "The quick brown fox"),
    ];
    for p in &packets {
        println!(
            "#{:<2} len={:<3} xor={:#04x} sum={:3} fletcher={:#06x} [{}]",
            p.id,
            p.payload.len(),
            p.xor_checksum(),
            p.wrapping_sum(),
            p.fletcher16(),
            hex(&p.payload[..p.payload.len().min(4)])
        );
    }
    println!("{:?}", 250u8.checked_add(10));
    println!("{:?}", 250u8.overflowing_add(10));
    println!("{:08b} {:o} {:X}", 0b1011_0110u8.rotate_left(3), 255u8, 48879u16);
    println!("{}", u8::MAX.count_ones() + 0x80u8.leading_zeros() + 8u8.trailing_zeros());
    for p in &packets {
        println!("naive #{} = {}", p.id, p.naive_sum());
    }
}
