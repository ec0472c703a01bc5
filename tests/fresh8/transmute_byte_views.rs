// The transmutes below are deliberate: each is cross-checked against the safe API.
#![allow(unnecessary_transmutes)]

use std::mem::{size_of, transmute};

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Rgba {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

fn main() {
    println!("-- [u8; 4] <-> u32 --");
    let bytes: [u8; 4] = [0x78, 0x56, 0x34, 0x12];
    let via_transmute: u32 = unsafe { transmute::<[u8; 4], u32>(bytes) };
    let via_le = u32::from_le_bytes(bytes);
    let via_be = u32::from_be_bytes(bytes);
    println!("transmute={:#010x} from_le={:#010x} from_be={:#010x}", via_transmute, via_le, via_be);
    println!("native is little endian? {}", via_transmute == via_le);
    let back: [u8; 4] = unsafe { transmute::<u32, [u8; 4]>(via_le) };
    println!("back to bytes = {:02x?} equals original? {}", back, back == bytes);

    let n: u32 = 305_419_896;
    println!("{} le={:02x?} be={:02x?} ne==le? {}", n, n.to_le_bytes(), n.to_be_bytes(), n.to_ne_bytes() == n.to_le_bytes());
    let neg: i16 = -2;
    println!("i16 -2 le bytes = {:?} as u16 = {}", neg.to_le_bytes(), neg as u16);
    let big: u64 = 0x0102_0304_0506_0708;
    println!("u64 le = {:?}", big.to_le_bytes());
    println!("u64 be = {:?}", big.to_be_bytes());
    println!("swap_bytes = {:#018x}", big.swap_bytes());

    println!("-- floats --");
    for f in [1.0f32, -2.5, 0.1, 0.0, -0.0] {
        let bits = f.to_bits();
        let via_t: u32 = unsafe { transmute::<f32, u32>(f) };
        let sign = bits >> 31;
        let exponent = (bits >> 23) & 0xff;
        let mantissa = bits & 0x7f_ffff;
        println!(
            "{:>5} bits={:#010x} same_as_transmute={} sign={} exp={} mantissa={:#08x}",
            f, bits, bits == via_t, sign, exponent, mantissa
        );
    }
    let rebuilt = f32::from_bits(0x4049_0fdb);
    println!("from_bits(0x40490fdb) = {}", rebuilt);
    let d = 1.5f64;
    println!("f64 1.5 bits={:#018x} le bytes={:?}", d.to_bits(), d.to_le_bytes());
    println!("0.1+0.2 == 0.3? {} bits differ by {}", 0.1f64 + 0.2 == 0.3, (0.1f64 + 0.2).to_bits() - 0.3f64.to_bits());

    println!("-- struct <-> u32 --");
    println!("size_of Rgba = {}", size_of::<Rgba>());
    let color = Rgba { r: 0x11, g: 0x22, b: 0x33, a: 0xff };
    let packed: u32 = unsafe { transmute::<Rgba, u32>(color) };
    println!("Rgba {:?} as u32 = {:#010x}", color, packed);
    println!("matches from_le_bytes? {}", packed == u32::from_le_bytes([color.r, color.g, color.b, color.a]));
    let from_int: Rgba = unsafe { transmute::<u32, Rgba>(0x80_40_20_10) };
    println!("0x80402010 as Rgba = {:?}", from_int);

    println!("-- arrays of different shapes --");
    let pairs: [[u8; 2]; 4] = [[1, 2], [3, 4], [5, 6], [7, 8]];
    let flat: [u8; 8] = unsafe { transmute::<[[u8; 2]; 4], [u8; 8]>(pairs) };
    println!("flattened = {:?}", flat);
    let words: [u16; 4] = unsafe { transmute::<[u8; 8], [u16; 4]>(flat) };
    println!("as u16 = {:04x?}", words);
    let check: Vec<u16> = flat.chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    println!("chunks via from_le_bytes = {:04x?} match={}", check, check == words);

    println!("-- char and bool --");
    let c = 'λ';
    let code: u32 = unsafe { transmute::<char, u32>(c) };
    println!("'λ' transmute={} as u32={} from_u32 back={:?}", code, c as u32, char::from_u32(code));
    println!("char::from_u32(0xD800) = {:?} (surrogate is invalid)", char::from_u32(0xD800));
    let t: u8 = unsafe { transmute::<bool, u8>(true) };
    println!("true as u8 via transmute = {} via cast = {}", t, true as u8);
}
