use std::mem::{align_of, offset_of, size_of};

#[repr(C)]
struct Header {
    tag: u8,
    length: u32,
    flags: u16,
    checksum: u64,
}

#[repr(C)]
struct Sorted {
    checksum: u64,
    length: u32,
    flags: u16,
    tag: u8,
}

#[allow(dead_code)]
struct RustOrder {
    tag: u8,
    length: u32,
    flags: u16,
    checksum: u64,
}

#[repr(C)]
struct Pair {
    a: u8,
    inner: Sorted,
    z: u8,
}

#[repr(C)]
struct WithArray {
    count: u16,
    data: [u32; 3],
    last: u8,
}

fn main() {
    println!("Header: size={} align={}", size_of::<Header>(), align_of::<Header>());
    println!("  tag      @ {}", offset_of!(Header, tag));
    println!("  length   @ {}", offset_of!(Header, length));
    println!("  flags    @ {}", offset_of!(Header, flags));
    println!("  checksum @ {}", offset_of!(Header, checksum));
    let useful = 1 + 4 + 2 + 8;
    println!("  useful bytes={} padding={}", useful, size_of::<Header>() - useful);

    println!("Sorted: size={} align={}", size_of::<Sorted>(), align_of::<Sorted>());
    println!("  checksum @ {}", offset_of!(Sorted, checksum));
    println!("  length   @ {}", offset_of!(Sorted, length));
    println!("  flags    @ {}", offset_of!(Sorted, flags));
    println!("  tag      @ {}", offset_of!(Sorted, tag));
    println!("  padding={}", size_of::<Sorted>() - useful);

    println!("RustOrder: size={} (compiler may reorder)", size_of::<RustOrder>());
    println!("  same as sorted repr(C)? {}", size_of::<RustOrder>() == size_of::<Sorted>());

    println!("Pair: size={} align={}", size_of::<Pair>(), align_of::<Pair>());
    println!("  a     @ {}", offset_of!(Pair, a));
    println!("  inner @ {}", offset_of!(Pair, inner));
    println!("  z     @ {}", offset_of!(Pair, z));

    println!("WithArray: size={} align={}", size_of::<WithArray>(), align_of::<WithArray>());
    println!("  count @ {}", offset_of!(WithArray, count));
    println!("  data  @ {}", offset_of!(WithArray, data));
    println!("  last  @ {}", offset_of!(WithArray, last));

    let h = Header { tag: 7, length: 1024, flags: 0b101, checksum: 0xDEAD_BEEF };
    println!("values: tag={} length={} flags={:#b} checksum={:#x}", h.tag, h.length, h.flags, h.checksum);

    let s = Sorted { checksum: h.checksum, length: h.length, flags: h.flags, tag: h.tag };
    let p = Pair { a: 1, inner: s, z: 2 };
    println!(
        "pair: a={} inner.tag={} inner.length={} z={}",
        p.a, p.inner.tag, p.inner.length, p.z
    );

    let w = WithArray { count: 3, data: [10, 20, 30], last: 9 };
    let sum: u32 = w.data.iter().sum();
    println!("with array: count={} sum={} last={}", w.count, sum, w.last);

    // Compute the offsets by hand with the C rules and compare.
    let mut off = 0usize;
    let fields = [("tag", 1usize, 1usize), ("length", 4, 4), ("flags", 2, 2), ("checksum", 8, 8)];
    let mut max_align = 1;
    for (name, sz, al) in fields {
        off = off.div_ceil(al) * al;
        println!("  manual {:<8} @ {}", name, off);
        off += sz;
        max_align = max_align.max(al);
    }
    let total = off.div_ceil(max_align) * max_align;
    println!("manual Header size={} matches={}", total, total == size_of::<Header>());
}
