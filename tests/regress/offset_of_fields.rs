use std::mem::{offset_of, size_of, align_of};

#[repr(C)]
struct Header { tag: u8, len: u32, flags: u16 }

struct Packet { id: u64, header: Header, payload: [u8; 3], check: (u8, u64) }

#[repr(C, packed)]
struct Packed { a: u8, b: u32, c: u16 }

union Word { bytes: [u8; 4], value: u32, half: (u16, u16) }

struct Pair<T> { first: u8, second: T }

mod net {
    pub struct Addr { pub port: u16, pub ip: [u8; 4], pub(crate) zone: u32 }
}

const LEN_AT: usize = offset_of!(Header, len);

impl<T> Pair<T> {
    fn second_at() -> usize { offset_of!(Self, second) }
}

fn main() {
    println!("Header: tag {} len {} flags {} (size {})", offset_of!(Header, tag), offset_of!(Header, len),
        offset_of!(Header, flags), size_of::<Header>());
    println!("Packet: id {} header {} payload {} check {}", offset_of!(Packet, id), offset_of!(Packet, header),
        offset_of!(Packet, payload), offset_of!(Packet, check));
    println!("nested: header.len {} check.1 {} check.0 {}", offset_of!(Packet, header.len), offset_of!(Packet, check.1),
        offset_of!(Packet, check.0));
    println!("packed: {} {} {} align {}", offset_of!(Packed, a), offset_of!(Packed, b), offset_of!(Packed, c), align_of::<Packed>());
    println!("union: {} {} {} half.1 {}", offset_of!(Word, bytes), offset_of!(Word, value), offset_of!(Word, half),
        offset_of!(Word, half.1));
    println!("tuple: {} {} {}", offset_of!((u8, u64, u16), 0), offset_of!((u8, u64, u16), 1), offset_of!((u8, u64, u16), 2));
    println!("generic: {} {} {}", Pair::<u8>::second_at(), Pair::<u64>::second_at(), Pair::<[u16; 3]>::second_at());
    println!("module: {} {} {}", offset_of!(net::Addr, port), offset_of!(net::Addr, ip), offset_of!(net::Addr, zone));
    println!("const: {LEN_AT}, core path {}", core::mem::offset_of!(Header, flags,));
    let h = Header { tag: 1, len: 0x01020304, flags: 7 };
    let base = &h as *const Header as *const u8;
    let len = unsafe { *(base.add(offset_of!(Header, len)) as *const u32) };
    println!("read through offset: {len:#x} {}", h.tag + h.flags as u8);
    let arr = [0u8; offset_of!(Packet, payload)];
    println!("array of len {}", arr.len());
}
