// Bit twiddling and byte order of integers: a tiny checksum / packet encoder.
fn checksum(data: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    for chunk in data.chunks(2) {
        let word = if chunk.len() == 2 { u16::from_be_bytes([chunk[0], chunk[1]]) } else { u16::from_be_bytes([chunk[0], 0]) };
        sum = sum.wrapping_add(word as u32);
    }
    while sum >> 16 != 0 {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}

fn main() {
    let values: [i64; 4] = [1, -1, 0x0123_4567_89AB_CDEF, i64::MIN];
    for v in values {
        println!("{v:#x}: ones={} zeros={} lz={} tz={} lo={} to={}", v.count_ones(), v.count_zeros(), v.leading_zeros(), v.trailing_zeros(), v.leading_ones(), v.trailing_ones());
        println!("  rotl={:#x} rotr={:#x} swap={:#x} rev={:#x}", v.rotate_left(12), v.rotate_right(12), v.swap_bytes(), v.reverse_bits());
        println!("  be={:#x} le={:#x} from_be={:#x} from_le={:#x}", v.to_be(), v.to_le(), i64::from_be(v), i64::from_le(v));
        println!("  be_bytes={:?} le_bytes={:?} ne_bytes={:?}", v.to_be_bytes(), v.to_le_bytes(), v.to_ne_bytes());
        println!("  back: {} {} {}", i64::from_be_bytes(v.to_be_bytes()), i64::from_le_bytes(v.to_le_bytes()), i64::from_ne_bytes(v.to_ne_bytes()));
    }
    let u: u32 = 0b1011_0000;
    println!("u32 {u}: ones={} lz={} tz={} lo={} to={} rotl={} swap={:#x} rev={:#x}", u.count_ones(), u.leading_zeros(), u.trailing_zeros(), u.leading_ones(), u.trailing_ones(), u.rotate_left(30), u.swap_bytes(), u.reverse_bits());
    println!("u32 from_be={:#x} from_le={:#x} to_be={:#x} to_le={:#x} zeros={} rotr={}", u32::from_be(u), u32::from_le(u), u.to_be(), u.to_le(), u.count_zeros(), u.rotate_right(3));
    println!("u16 bytes {:?} {:?} {:?} {}", 0xABCDu16.to_be_bytes(), 0xABCDu16.to_le_bytes(), 0xABCDu16.to_ne_bytes(), u16::from_le_bytes([0xCD, 0xAB]));
    println!("u16 from_ne {}", u16::from_ne_bytes([1, 2]));
    let packet = b"rustmem packet!";
    println!("checksum {:#06x}", checksum(packet));
    println!("parse: {:?} {:?} {:?} {:?}", i32::from_str_radix("-ff", 16), u8::from_str_radix("377", 8), u64::from_str_radix("zz", 36), i8::from_str_radix("200", 10));
    println!("parse: {:?} {:?}", u16::from_str_radix("1111", 2), isize::from_str_radix("+42", 10));
    println!("i128 {} u128 {}", i128::MAX.count_ones(), u128::MAX.leading_zeros());
}
