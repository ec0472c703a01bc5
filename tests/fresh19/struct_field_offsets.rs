// Measuring field offsets and padding with addr_of! and pointer differences,
// then checking them against offset_of! and size_of/align_of.
use std::mem::{align_of, offset_of, size_of, MaybeUninit};
use std::ptr::addr_of;

#[repr(C)]
struct Header {
    tag: u8,
    len: u32,
    flags: u16,
    checksum: u64,
}

#[repr(C, packed)]
struct PackedHeader {
    tag: u8,
    len: u32,
    flags: u16,
    checksum: u64,
}

#[repr(C)]
struct Reordered {
    checksum: u64,
    len: u32,
    flags: u16,
    tag: u8,
}

fn main() {
    // offsets from a real value
    let h = Header { tag: 1, len: 2, flags: 3, checksum: 4 };
    let base = addr_of!(h) as usize;
    let offs = [
        ("tag", addr_of!(h.tag) as usize - base),
        ("len", addr_of!(h.len) as usize - base),
        ("flags", addr_of!(h.flags) as usize - base),
        ("checksum", addr_of!(h.checksum) as usize - base),
    ];
    for (name, off) in offs {
        println!("Header.{:<8} at {}", name, off);
    }
    println!("Header size {} align {}", size_of::<Header>(), align_of::<Header>());
    println!("matches offset_of!: {}", offs[1].1 == offset_of!(Header, len) && offs[3].1 == offset_of!(Header, checksum));

    // packed: fields may be unaligned, so only addr_of! (never &) is allowed
    let p = PackedHeader { tag: 9, len: 0xAABB, flags: 7, checksum: 42 };
    let pbase = addr_of!(p) as usize;
    let len_ptr = addr_of!(p.len);
    let ck_ptr = addr_of!(p.checksum);
    println!("Packed.len at {}, Packed.checksum at {}", len_ptr as usize - pbase, ck_ptr as usize - pbase);
    println!("Packed size {} align {}", size_of::<PackedHeader>(), align_of::<PackedHeader>());
    let len_val = unsafe { len_ptr.read_unaligned() };
    let ck_val = unsafe { ck_ptr.read_unaligned() };
    println!("read_unaligned: len={:#x} checksum={}", len_val, ck_val);
    println!("tag={} flags={}", { p.tag }, { p.flags });

    // a field order that needs no inner padding
    println!("Reordered size {} (saves {} bytes)", size_of::<Reordered>(), size_of::<Header>() - size_of::<Reordered>());
    println!("Reordered.tag at {}", offset_of!(Reordered, tag));

    // offsets computed on uninitialised memory: addr_of_mut! never reads the field
    let mut slot = MaybeUninit::<Header>::uninit();
    let sp = slot.as_mut_ptr();
    unsafe {
        std::ptr::addr_of_mut!((*sp).tag).write(5);
        std::ptr::addr_of_mut!((*sp).len).write(500);
        std::ptr::addr_of_mut!((*sp).flags).write(0b101);
        std::ptr::addr_of_mut!((*sp).checksum).write(5 + 500 + 5);
    }
    let built = unsafe { slot.assume_init() };
    println!("built header: tag={} len={} flags={:#b} checksum={}", built.tag, built.len, built.flags, built.checksum);

    // padding bytes inside Header (size minus sum of field sizes)
    let field_bytes = size_of::<u8>() + size_of::<u32>() + size_of::<u16>() + size_of::<u64>();
    println!("Header has {} padding bytes", size_of::<Header>() - field_bytes);
    // each field is aligned within the struct
    println!("len aligned: {}, checksum aligned: {}",
        addr_of!(h.len).is_aligned(), (addr_of!(h.checksum) as usize) % align_of::<u64>() == 0);
}
