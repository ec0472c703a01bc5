// Raw pointers the way a learner explores them: a packed header read unaligned, a ring of u32s walked with
// add/sub/offset_from, bytes patched through byte_add and write_unaligned, alignment queries, addr_of!.
use std::mem::{align_of, size_of};
use std::ptr;

#[repr(C, packed)]
struct Header {
    tag: u8,
    len: u32,
    crc: u16,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn checksum(data: &[u8]) -> u32 {
    data.iter().fold(0u32, |acc, &b| acc.rotate_left(5) ^ b as u32)
}

fn main() {
    let h = Header { tag: 7, len: 0x0102_0304, crc: 0xBEEF };
    let len_ptr = ptr::addr_of!(h.len);
    let crc_ptr = ptr::addr_of!(h.crc);
    let len = unsafe { len_ptr.read_unaligned() };
    let crc = unsafe { ptr::read_unaligned(crc_ptr) };
    println!("tag {} len {:#x} crc {:#x} fields {} bytes apart", { h.tag }, len, crc, unsafe { crc_ptr.byte_offset_from(len_ptr) });
    println!("size {} align {}", size_of::<Header>(), align_of::<Header>());

    let mut ring = [10u32, 20, 30, 40, 50];
    let start = ring.as_mut_ptr();
    unsafe {
        let end = start.add(ring.len());
        let mut p = start;
        let mut sum = 0;
        while p != end {
            sum += *p;
            p = p.add(1);
        }
        println!("sum {} span {} elements ({} bytes)", sum, end.offset_from(start), end.byte_offset_from(start));
        let third = end.sub(3);
        println!("third from end {} at index {}", *third, third.offset_from_unsigned(start));
        third.write(third.read() + 1);
        let last = start.wrapping_add(4);
        ptr::swap(start, last);
        start.offset(1).copy_from(start.offset(3), 1);
    }
    println!("ring {:?}", ring);

    let mut words = [0u64; 2]; // 8-aligned storage for 16 bytes
    let base = words.as_mut_ptr().cast::<u8>();
    unsafe {
        base.byte_add(1).cast::<u32>().write_unaligned(0xAABB_CCDD);
        base.byte_add(5).cast::<u16>().write_unaligned(0x1122);
        ptr::write_bytes(base.add(8), 0x7f, 3);
    }
    let bytes = unsafe { std::slice::from_raw_parts(base, 12) };
    println!("bytes {:02x?} checksum {:#010x}", bytes, checksum(bytes));
    let misaligned = base.wrapping_add(1).cast::<u32>();
    println!("align_offset to 4: {} is_aligned {}", misaligned.align_offset(4), misaligned.is_aligned());

    let mut pts = vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let p0 = pts.as_mut_ptr();
    let moved = unsafe { ptr::replace(p0, Point { x: -1, y: -2 }) };
    let y_ptr = unsafe { ptr::addr_of_mut!((*p0.add(1)).y) };
    unsafe { *y_ptr *= 10 };
    println!("replaced {:?}, now {:?}", moved, pts);
    let addr = p0.addr();
    let back = p0.with_addr(addr + size_of::<Point>());
    println!("with_addr reaches {:?}; same as add(1)? {}", unsafe { *back }, back == unsafe { p0.add(1) });
    let nothing: *const Point = ptr::null();
    println!("null? {} as_ref {:?}", nothing.is_null(), unsafe { nothing.as_ref() });
    println!("eq {} addr_eq {}", ptr::eq(p0, p0), ptr::addr_eq(p0, p0 as *const u8));
}
