use std::mem::{align_of, offset_of, size_of, size_of_val};

#[repr(C)]
struct Header {
    tag: u8,
    length: u32,
    flags: u16,
    checksum: u64,
}

#[repr(C)]
struct Reordered {
    checksum: u64,
    length: u32,
    flags: u16,
    tag: u8,
}

#[repr(C, packed)]
struct Packed {
    tag: u8,
    length: u32,
    flags: u16,
}

#[repr(C, align(16))]
struct Aligned16 {
    a: u8,
    b: u32,
}

#[repr(C)]
struct WithArray {
    count: u16,
    items: [u32; 3],
    trailer: u8,
}

fn report<T>(name: &str) {
    println!("{:<10} size={:>2} align={:>2}", name, size_of::<T>(), align_of::<T>());
}

fn main() {
    report::<Header>("Header");
    report::<Reordered>("Reordered");
    report::<Packed>("Packed");
    report::<Aligned16>("Aligned16");
    report::<WithArray>("WithArray");

    println!("Header offsets: tag={} length={} flags={} checksum={}",
        offset_of!(Header, tag), offset_of!(Header, length),
        offset_of!(Header, flags), offset_of!(Header, checksum));
    println!("Reordered offsets: checksum={} length={} flags={} tag={}",
        offset_of!(Reordered, checksum), offset_of!(Reordered, length),
        offset_of!(Reordered, flags), offset_of!(Reordered, tag));
    println!("Packed offsets: tag={} length={} flags={}",
        offset_of!(Packed, tag), offset_of!(Packed, length), offset_of!(Packed, flags));
    println!("WithArray offsets: count={} items={} trailer={}",
        offset_of!(WithArray, count), offset_of!(WithArray, items), offset_of!(WithArray, trailer));

    // Verify offset_of! matches real pointer differences within one object.
    let h = Header { tag: 1, length: 2, flags: 3, checksum: 4 };
    let base = &raw const h as *const u8;
    let len_ptr = &raw const h.length as *const u8;
    let sum_ptr = &raw const h.checksum as *const u8;
    let d1 = unsafe { len_ptr.offset_from(base) };
    let d2 = unsafe { sum_ptr.offset_from(base) };
    println!("measured: length at {} checksum at {} (match: {})",
        d1, d2, d1 as usize == offset_of!(Header, length) && d2 as usize == offset_of!(Header, checksum));
    println!("padding in Header: {} bytes", size_of::<Header>() - (1 + 4 + 2 + 8));
    println!("tag+length+flags+checksum = {}", h.tag as u64 + h.length as u64 + h.flags as u64 + h.checksum);

    // Packed fields must be copied out, not referenced.
    let p = Packed { tag: 9, length: 0xdead_beef, flags: 0x1234 };
    let len_copy = p.length;
    let flags_via_ptr = unsafe { (&raw const p.flags).read_unaligned() };
    println!("packed length {:#x} flags {:#x}", len_copy, flags_via_ptr);
    println!("packed tag {} size_of_val {}", { p.tag }, size_of_val(&p));

    let a = Aligned16 { a: 1, b: 2 };
    let addr = (&raw const a).addr();
    println!("Aligned16 address multiple of 16: {} fields {} {}", addr % 16 == 0, a.a, a.b);

    let arr = [Header { tag: 0, length: 0, flags: 0, checksum: 0 }, Header { tag: 1, length: 0, flags: 0, checksum: 0 }];
    let stride = unsafe { (&raw const arr[1] as *const u8).offset_from(&raw const arr[0] as *const u8) };
    println!("array stride {} == size_of {}", stride, stride as usize == size_of::<Header>());
    println!("size_of_val(&arr) = {}, tags {} {}", size_of_val(&arr), arr[0].tag, arr[1].tag);
    println!("Option<Box<Header>> size = {}", size_of::<Option<Box<Header>>>());
}
