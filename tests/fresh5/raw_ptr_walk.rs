// Raw pointers used carefully: add, read, write, swap, offset_from, copy_nonoverlapping.
use std::ptr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn sum_raw(p: *const i32, len: usize) -> i32 {
    let mut total = 0;
    for i in 0..len {
        total += unsafe { *p.add(i) };
    }
    total
}

fn main() {
    let mut data = [10, 20, 30, 40, 50, 60];
    let n = data.len();
    let base = data.as_mut_ptr();
    unsafe {
        let third = base.add(2);
        println!("third = {}", *third);
        *third += 5;
        third.write(third.read() * 2);
        let last = base.add(n - 1);
        println!("offset_from(last, base) = {}", last.offset_from(base));
        println!("offset_from(base, third) = {}", base.offset_from(third));
        ptr::swap(base, last);
        let second = base.add(1);
        let fourth = base.add(3);
        ptr::swap(second, fourth);
    }
    println!("data = {:?}", data);
    println!("sum via raw = {}", sum_raw(data.as_ptr(), data.len()));

    let src = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let mut dst = [0u8; 12];
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(2), src.len());
    }
    println!("dst after copy_nonoverlapping = {:?}", dst);
    unsafe {
        // overlapping copy must use ptr::copy (memmove)
        ptr::copy(dst.as_ptr().add(2), dst.as_mut_ptr().add(4), 6);
    }
    println!("dst after overlapping copy    = {:?}", dst);
    unsafe {
        ptr::write_bytes(dst.as_mut_ptr(), 0xAA, 2);
    }
    println!("dst after write_bytes          = {:02x?}", &dst[..4]);

    let slice = unsafe { std::slice::from_raw_parts(data.as_ptr().add(1), 3) };
    println!("from_raw_parts(1..4) = {:?}", slice);
    let mslice = unsafe { std::slice::from_raw_parts_mut(data.as_mut_ptr().add(3), 3) };
    mslice.reverse();
    println!("after reversing the tail via raw slice: {:?}", data);

    let mut pts = [Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let p0: *mut Point = &mut pts[0];
    let p1: *mut Point = &mut pts[1];
    println!("p1 - p0 in elements = {}", unsafe { p1.offset_from(p0) });
    println!("p1 - p0 in bytes = {}", (p1 as usize) - (p0 as usize));
    unsafe {
        let y_ptr = ptr::addr_of_mut!((*p1).y);
        *y_ptr = 40;
        let x_ptr = &raw const (*p0).x;
        println!("x of p0 via &raw const = {}", *x_ptr);
        let old = ptr::replace(p0, Point { x: -1, y: -2 });
        println!("replaced {:?}", old);
    }
    println!("pts = {:?}", pts);

    let a = &data[0] as *const i32;
    let b = data.as_ptr();
    let c = &data[1] as *const i32;
    println!("a == b: {}, a == c: {}, c > a: {}", a == b, a == c, c > a);
    let null: *const i32 = ptr::null();
    println!("null is_null {} a is_null {}", null.is_null(), a.is_null());
    let as_ref = unsafe { c.as_ref() };
    println!("as_ref = {:?}, null as_ref = {:?}", as_ref, unsafe { null.as_ref() });
    let words = ["alpha", "beta"];
    let wp = words.as_ptr();
    println!("second word via ptr: {}", unsafe { *wp.add(1) });
    println!("byte distance between words = {}", unsafe { wp.add(1).byte_offset_from(wp) });
}
