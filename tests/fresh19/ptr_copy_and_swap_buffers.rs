// Moving data around with ptr::copy (overlapping), ptr::copy_nonoverlapping,
// ptr::swap and ptr::swap_nonoverlapping.
use std::ptr;

fn rotate_left_by_one(v: &mut [i32]) {
    if v.len() < 2 {
        return;
    }
    let p = v.as_mut_ptr();
    unsafe {
        let first = ptr::read(p);
        // overlapping move: must use ptr::copy, not copy_nonoverlapping
        ptr::copy(p.add(1), p, v.len() - 1);
        ptr::write(p.add(v.len() - 1), first);
    }
}

fn insert_at(v: &mut Vec<i32>, idx: usize, val: i32) {
    v.reserve(1);
    let len = v.len();
    let p = v.as_mut_ptr(); // taken after reserve, so it points at the final buffer
    unsafe {
        ptr::copy(p.add(idx), p.add(idx + 1), len - idx);
        ptr::write(p.add(idx), val);
        v.set_len(len + 1);
    }
}

fn reverse_with_swaps(v: &mut [i32]) {
    let n = v.len();
    let p = v.as_mut_ptr();
    for i in 0..n / 2 {
        unsafe { ptr::swap(p.add(i), p.add(n - 1 - i)) };
    }
}

fn main() {
    let mut a = [1, 2, 3, 4, 5, 6];
    rotate_left_by_one(&mut a);
    println!("rotated: {:?}", a);

    let mut v = vec![10, 20, 40, 50];
    insert_at(&mut v, 2, 30);
    insert_at(&mut v, 0, 5);
    let end = v.len();
    insert_at(&mut v, end, 60);
    println!("after inserts: {:?}", v);

    reverse_with_swaps(&mut v);
    println!("reversed: {:?}", v);

    // copy a chunk from one buffer to another
    let src = [100u8, 101, 102, 103, 104, 105, 106, 107];
    let mut dst = [0u8; 12];
    unsafe { ptr::copy_nonoverlapping(src.as_ptr().add(2), dst.as_mut_ptr().add(5), 4) };
    println!("dst: {:?}", dst);

    // swap two halves of one array without a temp buffer
    let mut halves = [1, 1, 1, 2, 2, 2];
    unsafe {
        let p = halves.as_mut_ptr();
        ptr::swap_nonoverlapping(p, p.add(3), 3);
    }
    println!("halves swapped: {:?}", halves);

    // ptr::swap on two fields of the same struct
    let mut pair = (String::from("left"), String::from("right"));
    unsafe { ptr::swap(&mut pair.0 as *mut String, &mut pair.1 as *mut String) };
    println!("pair: {:?}", pair);

    // ptr::swap with the same pointer twice is allowed and does nothing
    let mut x = 7;
    let px: *mut i32 = &mut x;
    unsafe { ptr::swap(px, px) };
    println!("self-swap leaves x = {}", x);

    // overlapping copy to the right: a "memmove" shift
    let mut shift = [1, 2, 3, 4, 5, 0, 0];
    unsafe {
        let p = shift.as_mut_ptr();
        ptr::copy(p, p.add(2), 5);
        ptr::write_bytes(p, 0, 2);
    }
    println!("shifted right by 2: {:?}", shift);
    let src_range = src.as_ptr_range();
    let n = unsafe { src_range.end.offset_from(src_range.start) };
    println!("src range holds {} elements", n);
}
