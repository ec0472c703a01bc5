// Hex dump and checksum tool: bytes(), chunks, enumerate, format {:02x}, {:08x}, {:#b}.
fn checksum(data: &[u8]) -> u16 {
    data.chunks(2).fold(0u16, |acc, pair| {
        let word = match pair {
            [hi, lo] => u16::from_be_bytes([*hi, *lo]),
            [hi] => u16::from_be_bytes([*hi, 0]),
            _ => unreachable!(),
        };
        acc.wrapping_add(word).rotate_left(1)
    })
}

fn hexdump(data: &[u8]) {
    for (i, line) in data.chunks(16).enumerate() {
        let hex: Vec<String> = line.iter().map(|b| format!("{:02x}", b)).collect();
        let (left, right) = hex.split_at(hex.len().min(8));
        let ascii: String = line
            .iter()
            .map(|&b| if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' })
            .collect();
        println!("{:08x}  {:<23}  {:<23}  |{}|", i * 16, left.join(" "), right.join(" "), ascii);
    }
}

fn run_lengths(data: &[u8]) -> Vec<(u8, usize)> {
    let mut out: Vec<(u8, usize)> = Vec::new();
    for &b in data {
        match out.last_mut() {
            Some((last, n)) if *last == b => *n += 1,
            _ => out.push((b, 1)),
        }
    }
    out
}

fn main() {
    let text = "Hello, Rust!\tTabs\nand newlines\u{7f} plus unicode: é and 💡.";
    let bytes = text.as_bytes();
    println!("{} chars, {} bytes", text.chars().count(), bytes.len());
    hexdump(bytes);
    println!("checksum: {:#06x} ({})", checksum(bytes), checksum(bytes));

    let raw: Vec<u8> = vec![0, 0, 0, 255, 255, 7, 7, 7, 7, 1];
    let rle = run_lengths(&raw);
    println!("rle: {:?}", rle);
    let expanded: Vec<u8> = rle.iter().flat_map(|&(b, n)| std::iter::repeat(b).take(n)).collect();
    println!("roundtrip ok: {}", expanded == raw);

    for b in [5u8, 0x5a, 200] {
        println!("{:>3} = {:#010b} = {:#o} = {:#X}, ones={} leading0={}", b, b, b, b, b.count_ones(), b.leading_zeros());
    }
    let words: Vec<u32> = bytes.chunks_exact(4).take(3).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    println!("first words (le): {:x?}", words);
    let rem = bytes.chunks_exact(4).remainder();
    println!("remainder bytes: {:?}", rem);
    let xor = bytes.iter().fold(0u8, |a, b| a ^ b);
    println!("xor of all bytes: {:08b}", xor);
    let non_ascii: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| !c.is_ascii()).collect();
    println!("non-ascii at: {:?}", non_ascii);
}
