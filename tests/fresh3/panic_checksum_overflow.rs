use std::fmt;

#[derive(Debug, Clone)]
struct Packet {
    id: u16,
    payload: Vec<u8>,
}

impl Packet {
    fn new(id: u16, text: &str) -> Self {
        Packet { id, payload: text.as_bytes().to_vec() }
    }

    fn xor_check(&self) -> u8 {
        self.payload.iter().fold(0, |acc, b| acc ^ b)
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

    // naive version written by an intern: overflows for long payloads
    fn naive_sum(&self) -> u16 {
        let mut total: u16 = 0;
        for &b in &self.payload {
            total += (b as u16) * 20;
        }
        total
    }
}

impl fmt::Display for Packet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let hex: Vec<String> = self.payload.iter().take(6).map(|b| format!("{:02x}", b)).collect();
        let more = if self.payload.len() > 6 { "…" } else { "" };
        write!(f, "#{:04} [{}{}] len={}", self.id, hex.join(" "), more, self.payload.len())
    }
}

fn main() {
    let packets = vec![
        Packet::new(1, "hi"),
        Packet::new(2, "hello world"),
        Packet::new(17, ""),
        Packet::new(300, "abcde"),
        Packet::new(4242, "The quick brown fox jumps over the lazy dog"),
    ];
    println!("{:<40} {:>4} {:>4} {:>6} {:>6}", "packet", "xor", "sum", "fl16", "naive");
    for p in &packets[..4] {
        println!(
            "{:<40} {:>4} {:>4} {:>#6x} {:>6}",
            p.to_string(),
            p.xor_check(),
            p.wrapping_sum(),
            p.fletcher16(),
            p.naive_sum()
        );
    }
    let total_len: usize = packets.iter().map(|p| p.payload.len()).sum();
    println!("total payload bytes: {}", total_len);
    let (small, large): (Vec<&Packet>, Vec<&Packet>) = packets.iter().partition(|p| p.payload.len() < 8);
    println!("small ids {:?}, large ids {:?}", small.iter().map(|p| p.id).collect::<Vec<_>>(), large.iter().map(|p| p.id).collect::<Vec<_>>());
    let fl: Vec<u16> = packets.iter().map(Packet::fletcher16).collect();
    println!("fletcher all: {:04x?}", fl);
    let checked: Vec<Option<u16>> = packets
        .iter()
        .map(|p| p.payload.iter().try_fold(0u16, |acc, &b| acc.checked_add(b as u16 * 20)))
        .collect();
    println!("checked naive: {:?}", checked);
    for p in &packets {
        println!("naive {} = {}", p.id, p.naive_sum());
    }
}
