use std::ptr;

#[repr(C, packed)]
#[derive(Clone, Copy)]
struct WireHeader {
    magic: [u8; 2],
    version: u8,
    payload_len: u16, // big endian on the wire
    sequence: u32,    // big endian on the wire
}

fn encode(seq: u32, payload: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; 1 + std::mem::size_of::<WireHeader>() + payload.len()];
    let hdr = WireHeader {
        magic: *b"RZ",
        version: 3,
        payload_len: (payload.len() as u16).to_be(),
        sequence: seq.to_be(),
    };
    // Leave one junk byte in front so the header lands at an odd address.
    out[0] = 0xAA;
    unsafe {
        let dst = out.as_mut_ptr().add(1) as *mut WireHeader;
        ptr::write_unaligned(dst, hdr);
        let body = out.as_mut_ptr().add(1 + std::mem::size_of::<WireHeader>());
        ptr::copy_nonoverlapping(payload.as_ptr(), body, payload.len());
    }
    out
}

fn decode(frame: &[u8]) -> Option<(u8, u32, &[u8])> {
    let hsize = std::mem::size_of::<WireHeader>();
    if frame.len() < 1 + hsize {
        return None;
    }
    let hdr: WireHeader = unsafe { ptr::read_unaligned(frame.as_ptr().add(1) as *const WireHeader) };
    if hdr.magic != *b"RZ" {
        return None;
    }
    let len = u16::from_be(hdr.payload_len) as usize;
    let seq = u32::from_be(hdr.sequence);
    let rest = &frame[1 + hsize..];
    if rest.len() < len {
        return None;
    }
    Some((hdr.version, seq, &rest[..len]))
}

fn sum_u32_unaligned(bytes: &[u8]) -> u64 {
    let count = bytes.len() / 4;
    let mut total = 0u64;
    let p = bytes.as_ptr();
    for i in 0..count {
        let v = unsafe { (p.add(i * 4) as *const u32).read_unaligned() };
        total += u32::from_le(v) as u64;
    }
    total
}

fn main() {
    println!("header size {}", std::mem::size_of::<WireHeader>());
    let frame = encode(0x0102_0304, b"ping!");
    println!("frame bytes {:02x?}", frame);
    match decode(&frame) {
        Some((v, seq, body)) => println!("decoded v{} seq {:#x} body {:?}", v, seq, std::str::from_utf8(body).unwrap()),
        None => println!("decode failed"),
    }
    let mut broken = frame.clone();
    broken[1] = b'X';
    println!("broken magic decodes: {}", decode(&broken).is_some());
    println!("truncated decodes: {}", decode(&frame[..6]).is_some());

    let data: Vec<u8> = (0u8..=20).collect();
    // Start at offset 1: every u32 read is misaligned relative to the buffer.
    println!("sum of le u32s from offset 1: {}", sum_u32_unaligned(&data[1..]));
    let manual: u64 = data[1..].chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as u64)
        .sum();
    println!("manual from_le_bytes sum: {}", manual);

    let mut scratch = [0u8; 11];
    unsafe {
        let p = scratch.as_mut_ptr().add(3);
        ptr::write_unaligned(p as *mut u64, 0x1122_3344_5566_7788u64.to_be());
    }
    println!("scratch after be write at 3: {:02x?}", scratch);
    let back = u64::from_be_bytes(scratch[3..11].try_into().unwrap());
    println!("read back {:#x}", back);
}
