// repr(C), repr(packed), repr(align) and offset_of!: where does each field live?
use std::mem::{align_of, offset_of, size_of};

#[repr(C)]
struct CHeader {
    tag: u8,
    len: u32,
    flags: u16,
    id: u64,
}

#[repr(C, packed)]
struct Packed {
    tag: u8,
    len: u32,
    flags: u16,
    id: u64,
}

#[repr(C, packed(2))]
struct Packed2 {
    tag: u8,
    len: u32,
    id: u64,
}

#[repr(align(16))]
struct Aligned16 {
    x: u8,
}

#[repr(C, align(8))]
struct Pair {
    a: u16,
    b: u8,
}

#[repr(C)]
struct Outer {
    first: u8,
    inner: Pair,
    last: u8,
}

#[repr(C)]
union Bits {
    f: f32,
    u: u32,
    bytes: [u8; 4],
}

#[repr(C)]
struct WithArray {
    kind: u8,
    data: [u16; 3],
    tail: u32,
}

fn main() {
    println!("CHeader: size {} align {}", size_of::<CHeader>(), align_of::<CHeader>());
    println!(
        "  tag@{} len@{} flags@{} id@{}",
        offset_of!(CHeader, tag),
        offset_of!(CHeader, len),
        offset_of!(CHeader, flags),
        offset_of!(CHeader, id)
    );
    let padding = size_of::<CHeader>() - (1 + 4 + 2 + 8);
    println!("  padding bytes: {padding}");

    println!("Packed: size {} align {}", size_of::<Packed>(), align_of::<Packed>());
    println!(
        "  tag@{} len@{} flags@{} id@{}",
        offset_of!(Packed, tag),
        offset_of!(Packed, len),
        offset_of!(Packed, flags),
        offset_of!(Packed, id)
    );
    println!("Packed2: size {} align {}", size_of::<Packed2>(), align_of::<Packed2>());
    println!(
        "  tag@{} len@{} id@{}",
        offset_of!(Packed2, tag),
        offset_of!(Packed2, len),
        offset_of!(Packed2, id)
    );

    let p = Packed { tag: 7, len: 300, flags: 0xBEEF, id: 1 << 40 };
    // copy the fields out instead of borrowing them
    let (tag, len, flags, id) = (p.tag, p.len, p.flags, p.id);
    println!("  values: {tag} {len} {flags:#x} {id}");
    let ptr = std::ptr::addr_of!(p.len);
    let len2 = unsafe { ptr.read_unaligned() };
    println!("  read_unaligned len = {len2}");

    println!("Aligned16: size {} align {}", size_of::<Aligned16>(), align_of::<Aligned16>());
    println!("[Aligned16; 3]: size {}", size_of::<[Aligned16; 3]>());
    let arr = [Aligned16 { x: 1 }, Aligned16 { x: 2 }, Aligned16 { x: 3 }];
    let a0 = &arr[0] as *const Aligned16 as usize;
    let a2 = &arr[2] as *const Aligned16 as usize;
    println!("  distance arr[0]..arr[2] = {} bytes, aligned: {}", a2 - a0, a0 % 16 == 0);
    println!("  x values: {} {} {}", arr[0].x, arr[1].x, arr[2].x);

    println!("Pair: size {} align {}", size_of::<Pair>(), align_of::<Pair>());
    println!(
        "Outer: size {} align {} first@{} inner@{} inner.b@{} last@{}",
        size_of::<Outer>(),
        align_of::<Outer>(),
        offset_of!(Outer, first),
        offset_of!(Outer, inner),
        offset_of!(Outer, inner.b),
        offset_of!(Outer, last)
    );

    println!("Bits union: size {} align {}", size_of::<Bits>(), align_of::<Bits>());
    let b = Bits { f: 1.5 };
    unsafe {
        println!("  1.5f32 as u32 bits = {:#010x}, bytes = {:?}", b.u, b.bytes);
    }
    println!(
        "WithArray: size {} kind@{} data@{} tail@{}",
        size_of::<WithArray>(),
        offset_of!(WithArray, kind),
        offset_of!(WithArray, data),
        offset_of!(WithArray, tail)
    );
    let w = WithArray { kind: 2, data: [10, 20, 30], tail: 99 };
    println!("  {} {:?} {}", w.kind, w.data, w.tail);
    println!("(u8, u32, u16): size {}", size_of::<(u8, u32, u16)>());
    println!("(u8, u8, u64): size {} align {}", size_of::<(u8, u8, u64)>(), align_of::<(u8, u8, u64)>());
    println!("[CHeader; 2]: size {}", size_of::<[CHeader; 2]>());
}
