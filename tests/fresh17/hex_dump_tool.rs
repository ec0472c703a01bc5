use std::fmt::Write as FmtWrite;

fn hexdump(data: &[u8], width: usize) -> String {
    let mut out = String::new();
    for (row, chunk) in data.chunks(width).enumerate() {
        write!(out, "{:08x}  ", row * width).unwrap();
        for i in 0..width {
            if i < chunk.len() {
                write!(out, "{:02x} ", chunk[i]).unwrap();
            } else {
                out.push_str("   ");
            }
            if i == width / 2 - 1 {
                out.push(' ');
            }
        }
        out.push_str(" |");
        for &b in chunk {
            let c = if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' };
            out.push(c);
        }
        writeln!(out, "|").unwrap();
    }
    writeln!(out, "{:08x}", data.len()).unwrap();
    out
}

fn checksum(data: &[u8]) -> (u8, u16, u32) {
    let mut x: u8 = 0;
    let mut sum16: u16 = 0;
    let mut fnv: u32 = 0x811c9dc5;
    for &b in data {
        x ^= b;
        sum16 = sum16.wrapping_add(b as u16);
        fnv ^= b as u32;
        fnv = fnv.wrapping_mul(0x01000193);
    }
    (x, sum16, fnv)
}

fn parse_hex_string(s: &str) -> Result<Vec<u8>, String> {
    let cleaned: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.len() % 2 != 0 {
        return Err(format!("odd number of hex digits: {}", cleaned.len()));
    }
    let mut bytes = Vec::new();
    for i in (0..cleaned.len()).step_by(2) {
        let pair = &cleaned[i..i + 2];
        match u8::from_str_radix(pair, 16) {
            Ok(b) => bytes.push(b),
            Err(e) => return Err(format!("bad pair {:?} at {}: {}", pair, i, e)),
        }
    }
    Ok(bytes)
}

fn main() {
    let mut data: Vec<u8> = b"Hello, hexdump!\n\tTabs & bytes: ".to_vec();
    data.extend((0u8..=255).step_by(17));
    data.extend_from_slice("naïve café ✓".as_bytes());
    print!("{}", hexdump(&data, 16));

    let (x, s, f) = checksum(&data);
    println!("xor={:#04x} sum16={:#06x} fnv1a={:#010x}", x, s, f);
    println!("xor bin={:#010b} oct={:#o} upper={:X}", x, s, f);

    for b in [0u8, 7, 65, 127, 200, 255] {
        println!(
            "byte {:>3}: hex={:>4} bin={:>10} oct={:>5} char={:?}",
            b,
            format!("{:#x}", b),
            format!("{:#b}", b),
            format!("{:o}", b),
            b as char
        );
    }

    for input in ["de ad be ef", "48656c6c6f", "abc", "12 zz 34"] {
        match parse_hex_string(input) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                println!("{:<14} -> {:?} -> {:?}", input, bytes, text);
            }
            Err(e) => println!("{:<14} -> error: {}", input, e),
        }
    }
    let encoded: String = b"Rust".iter().map(|b| format!("{:02X}", b)).collect::<Vec<_>>().join(":");
    println!("encoded Rust = {}", encoded);
}
