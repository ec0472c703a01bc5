use std::mem::{self, size_of};
use std::slice;

// Plain-old-data: repr(C), no padding (4+2+2+8 = 16, align 8), all bit patterns valid.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Record {
    id: u32,
    kind: u16,
    flags: u16,
    value: u64,
}

fn as_bytes(r: &Record) -> &[u8] {
    unsafe { slice::from_raw_parts(r as *const Record as *const u8, size_of::<Record>()) }
}

fn from_bytes(b: &[u8]) -> Option<Record> {
    if b.len() != size_of::<Record>() {
        return None;
    }
    Some(unsafe { (b.as_ptr() as *const Record).read_unaligned() })
}

fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0u32, |acc, &b| acc.rotate_left(5) ^ b as u32)
}

fn main() {
    let z: Record = unsafe { mem::zeroed() };
    println!("zeroed record {:?}", z);
    println!("zeroed bytes all zero: {}", as_bytes(&z).iter().all(|&b| b == 0));

    let zi: [i32; 5] = unsafe { mem::zeroed() };
    let zo: Option<Box<u8>> = unsafe { mem::zeroed() }; // null niche == None
    println!("zeroed array {:?}, zeroed Option<Box> is_none {}", zi, zo.is_none());

    let r = Record { id: 0x0102_0304, kind: 7, flags: 0x8001, value: 0x1122_3344_5566_7788 };
    let bytes = as_bytes(&r);
    println!("record bytes {:02x?}", bytes);
    println!("checksum {:#010x}", checksum(bytes));

    let mut copy = bytes.to_vec();
    copy[0] = 0xFF; // patch low byte of id (little endian)
    let patched = from_bytes(&copy).unwrap();
    println!("patched id {:#x}, rest equal: {}", patched.id, patched.kind == r.kind && patched.value == r.value);
    println!("wrong size parse: {:?}", from_bytes(&copy[1..]).is_some());

    // Transmute between same-size arrays and integers.
    let words: [u32; 2] = unsafe { mem::transmute(r.value) };
    println!("u64 as [u32;2] {:08x?}", words);
    let quad: [u8; 4] = unsafe { mem::transmute(0xDEADBEEFu32) };
    println!("u32 as [u8;4] {:02x?} == to_le_bytes {}", quad, quad == 0xDEADBEEFu32.to_le_bytes());
    let back: u32 = unsafe { mem::transmute(quad) };
    println!("back {:#x}, from_be_bytes would give {:#x}", back, u32::from_be_bytes(quad));

    let pair: [Record; 2] = [r, patched];
    let all: &[u8] = unsafe { slice::from_raw_parts(pair.as_ptr() as *const u8, mem::size_of_val(&pair)) };
    println!("two records = {} bytes, second starts with {:02x?}", all.len(), &all[16..20]);

    let mut target = Record { id: 0, kind: 0, flags: 0, value: 0 };
    unsafe {
        let dst = slice::from_raw_parts_mut(&raw mut target as *mut u8, size_of::<Record>());
        dst.copy_from_slice(as_bytes(&r));
    }
    println!("copied via byte slices equal: {}", target == r);
    let halves: [u16; 2] = unsafe { mem::transmute([0x34u8, 0x12, 0x78, 0x56]) };
    println!("bytes as [u16;2] {:04x?}", halves);
}
