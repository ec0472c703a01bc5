// Raw pointer arithmetic on arrays and vectors: add, offset_from, copy, swap, from_raw_parts.
use std::mem::size_of;
use std::ptr;
use std::slice;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i16,
    y: i16,
}

fn sum_raw(p: *const u32, len: usize) -> u32 {
    let mut total = 0;
    for i in 0..len {
        total += unsafe { *p.add(i) };
    }
    total
}

fn main() {
    let mut nums = [10u32, 20, 30, 40, 50, 60];
    let n = nums.len();
    let base = nums.as_mut_ptr();
    unsafe {
        *base.add(1) += 1;
        let third = base.add(2);
        *third = *third * 2;
        let end = base.add(n);
        let last = end.sub(1);
        println!("last via end.sub(1) = {}", *last);
        println!("offset_from(end, base) = {}", end.offset_from(base));
        println!("byte distance = {}", end as usize - base as usize);
    }
    println!("after writes: {:?}", nums);
    println!("sum_raw = {}", sum_raw(nums.as_ptr(), nums.len()));

    let mut dst = [0u32; 4];
    unsafe {
        ptr::copy_nonoverlapping(nums.as_ptr().add(2), dst.as_mut_ptr(), 3);
    }
    println!("copy_nonoverlapping 3 from index 2: {:?}", dst);

    let mut shift = [1u8, 2, 3, 4, 5, 6, 7, 8];
    unsafe {
        let p = shift.as_mut_ptr();
        ptr::copy(p, p.add(2), 5);
    }
    println!("overlapping ptr::copy right by 2: {:?}", shift);

    let mut pts = [Point { x: 1, y: 2 }, Point { x: 3, y: 4 }, Point { x: 5, y: 6 }];
    unsafe {
        let p = pts.as_mut_ptr();
        ptr::swap(p, p.add(2));
        let old = ptr::replace(p.add(1), Point { x: -1, y: -1 });
        println!("ptr::replace returned {:?}", old);
        let read = ptr::read(p);
        ptr::write(p.add(1), Point { x: read.y, y: read.x });
    }
    println!("points after swap/replace/write: {:?}", pts);
    println!("size_of Point {} -> element stride in bytes {}", size_of::<Point>(),
        (&pts[1] as *const Point as usize) - (&pts[0] as *const Point as usize));

    let v: Vec<i64> = (1..=10).map(|x| x * x).collect();
    let view: &[i64] = unsafe { slice::from_raw_parts(v.as_ptr().add(3), 4) };
    println!("from_raw_parts(v+3, 4) = {:?}", view);
    println!("view starts {} elements into v", unsafe { view.as_ptr().offset_from(v.as_ptr()) });

    let mut m = vec![0u16; 6];
    unsafe {
        let ms = slice::from_raw_parts_mut(m.as_mut_ptr().add(1), 4);
        for (i, slot) in ms.iter_mut().enumerate() {
            *slot = (i as u16 + 1) * 100;
        }
    }
    println!("from_raw_parts_mut wrote the middle: {:?}", m);

    let word: u32 = 0x1122_3344;
    let bp = &word as *const u32 as *const u8;
    let bytes: Vec<u8> = (0..4).map(|i| unsafe { *bp.add(i) }).collect();
    println!("bytes of 0x11223344 in memory: {:02x?}", bytes);

    let pair = (7u8, 9u32);
    let p0 = &pair.0 as *const u8 as usize;
    let p1 = &pair.1 as *const u32 as usize;
    let start = &pair as *const (u8, u32) as usize;
    println!("tuple field offsets: .0 at {} .1 at {}", p0 - start, p1 - start);

    let a = [1, 2, 3];
    let b = [1, 2, 3];
    println!("ptr::eq(&a, &a) = {}, ptr::eq(&a, &b) = {}, a == b = {}", ptr::eq(&a, &a), ptr::eq(&a, &b), a == b);
    let s1 = &a[..2];
    let s2 = &a[..3];
    println!("slices same start, ptr::eq = {} (length is part of the fat pointer)", ptr::eq(s1, s2));
    println!("same start address: {}", s1.as_ptr() == s2.as_ptr());

    let null: *const i32 = ptr::null();
    println!("null.is_null() = {}, as_ref = {:?}", null.is_null(), unsafe { null.as_ref() });
    let nn = ptr::NonNull::from(&nums[0]);
    println!("NonNull read = {}", unsafe { *nn.as_ptr() });
    let x = 5i32;
    let px = &x as *const i32;
    println!("pointers order: px < px.wrapping_add(1) = {}", px < px.wrapping_add(1));
    println!("cast *const i32 -> *const [u8; 4]: {:?}", unsafe { *(px as *const [u8; 4]) });
}
