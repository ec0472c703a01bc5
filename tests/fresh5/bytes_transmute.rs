// Looking at the bytes of integers: to_ne_bytes, from_le_bytes, transmute.
use std::mem;

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C)]
struct Rgba {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(" ")
}

fn main() {
    let n: u32 = 0x1234_5678;
    let le = n.to_le_bytes();
    let be = n.to_be_bytes();
    let ne = n.to_ne_bytes();
    println!("le = {}", hex(&le));
    println!("be = {}", hex(&be));
    println!("ne equals le on this machine: {}", ne == le);

    let bytes: [u8; 4] = [0x78, 0x56, 0x34, 0x12];
    let via_transmute: u32 = unsafe { mem::transmute(bytes) };
    let via_le = u32::from_le_bytes(bytes);
    let via_ne = u32::from_ne_bytes(bytes);
    println!("transmute {:#x} from_le {:#x} from_ne {:#x} all equal {}", via_transmute, via_le, via_ne,
        via_transmute == via_le && via_le == via_ne);

    let color = Rgba { r: 0x11, g: 0x22, b: 0x33, a: 0xff };
    let packed: u32 = unsafe { mem::transmute(color) };
    println!("rgba as u32 = {:#010x}", packed);
    let back: Rgba = unsafe { mem::transmute(packed) };
    println!("back = {:?} equal {}", back, back == color);

    let f = 1.5f32;
    let bits = f.to_bits();
    let tbits: u32 = unsafe { mem::transmute(f) };
    println!("1.5f32 bits {:#010x} transmute equal {}", bits, bits == tbits);
    println!("f32::from_bits(0x40490fdb) = {:.5}", f32::from_bits(0x40490fdb));
    let d = -0.0f64;
    println!("-0.0 bits {:#018x}", d.to_bits());

    let wide: [u16; 2] = unsafe { mem::transmute(0xAABB_CCDDu32) };
    println!("u32 as [u16;2] = [{:#06x}, {:#06x}]", wide[0], wide[1]);
    let signed: i32 = unsafe { mem::transmute(u32::MAX) };
    println!("u32::MAX as i32 via transmute = {signed}, via as = {}", u32::MAX as i32);

    let arr: [u32; 3] = [1, 256, 65536];
    let raw_bytes: [u8; 12] = unsafe { mem::transmute(arr) };
    println!("[u32;3] bytes = {}", hex(&raw_bytes));
    let chunks: Vec<u32> = raw_bytes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect();
    println!("re-read chunks = {:?}", chunks);

    let value: u64 = 0x0102_0304_0506_0708;
    let p = &value as *const u64 as *const u8;
    let first_byte = unsafe { *p };
    let last_byte = unsafe { *p.add(7) };
    println!("first byte {:#04x} last byte {:#04x}", first_byte, last_byte);

    let c = 'é';
    let cu: u32 = unsafe { mem::transmute(c) };
    println!("'é' as u32 {} (char::from_u32 back {:?})", cu, char::from_u32(cu));
    let mut buf = [0u8; 4];
    let enc = c.encode_utf8(&mut buf);
    println!("utf8 bytes {} len {}", hex(enc.as_bytes()), enc.len());

    let b: bool = unsafe { mem::transmute(1u8) };
    println!("transmute 1u8 to bool = {b}");
    let opt: Option<&u32> = unsafe { mem::transmute::<usize, Option<&u32>>(0) };
    println!("transmute 0 to Option<&u32> is_none = {}", opt.is_none());

    let total: u32 = n.to_le_bytes().iter().map(|&b| b as u32).sum();
    println!("byte sum {total} swap_bytes {:#x} rotate_left(8) {:#x}", n.swap_bytes(), n.rotate_left(8));
    println!("leading zeros {} count ones {}", n.leading_zeros(), n.count_ones());
}
