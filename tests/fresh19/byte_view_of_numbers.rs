// Looking at the bytes of numbers through *const u8, comparing with to_ne_bytes,
// and reading u32s back from an unaligned byte buffer.
use std::mem::{align_of, size_of};
use std::slice;

fn as_bytes<T: Copy>(vals: &[T]) -> &[u8] {
    // SAFETY: integers have no padding, and u8 has alignment 1
    unsafe { slice::from_raw_parts(vals.as_ptr() as *const u8, vals.len() * size_of::<T>()) }
}

fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0u32, |acc, &b| acc.wrapping_mul(31).wrapping_add(b as u32))
}

fn main() {
    let words: [u32; 4] = [0x0102_0304, 0xA0B0_C0D0, 7, u32::MAX];
    let bytes = as_bytes(&words);
    println!("{} words -> {} bytes", words.len(), bytes.len());

    // the raw byte view agrees with to_ne_bytes for every element
    let mut agree = true;
    for (i, w) in words.iter().enumerate() {
        agree &= bytes[i * 4..i * 4 + 4] == w.to_ne_bytes();
    }
    println!("byte view matches to_ne_bytes: {}", agree);

    // show bytes in a fixed order (little endian) so output doesn't depend on the machine
    for w in &words {
        println!("{:#010x} le bytes {:02x?}", w, w.to_le_bytes());
    }

    // pointer to the third byte of the first word
    let p = words.as_ptr() as *const u8;
    let third = unsafe { p.add(2) };
    println!("third byte pointer offset: {}", unsafe { third.offset_from(p) });
    println!("third byte aligned for u32: {}, align_offset to u32: {}",
        (third as usize) % align_of::<u32>() == 0, third.align_offset(align_of::<u32>()));

    // build an unaligned packet: 1 header byte then three u32 values
    let mut packet: Vec<u8> = vec![0xEE];
    for v in [10u32, 20000, 3_000_000] {
        packet.extend_from_slice(&v.to_ne_bytes());
    }
    // take the pointer after all pushes are done
    let base = packet.as_ptr();
    let mut decoded = Vec::new();
    for i in 0..3 {
        let at = unsafe { base.add(1 + i * 4) } as *const u32;
        decoded.push(unsafe { at.read_unaligned() });
    }
    println!("decoded from packet: {:?}", decoded);

    // write into a u64 through its bytes
    let mut big: u64 = 0;
    let bp = &mut big as *mut u64 as *mut u8;
    for i in 0..8 {
        unsafe { bp.add(i).write(i as u8 + 1) };
    }
    println!("u64 built from bytes equals from_ne_bytes: {}", big == u64::from_ne_bytes([1, 2, 3, 4, 5, 6, 7, 8]));
    println!("as little-endian value: {:#x}", u64::from_le_bytes(big.to_ne_bytes()));

    // float bits through a pointer cast
    let f = 1.5f32;
    let bits = unsafe { *(&f as *const f32 as *const u32) };
    println!("1.5f32 bits {:#x} == to_bits {}", bits, bits == f.to_bits());

    println!("checksum of LE bytes: {}", checksum(&words.iter().flat_map(|w| w.to_le_bytes()).collect::<Vec<u8>>()));
    let range = bytes.as_ptr_range();
    println!("byte range length via addresses: {}", range.end as usize - range.start as usize);
}
