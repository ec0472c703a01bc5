// Pointer arithmetic that stays inside local arrays.
fn sum_range(start: *const i32, end: *const i32) -> i32 {
    let mut p = start;
    let mut s = 0;
    while p != end {
        unsafe {
            s += *p;
            p = p.add(1);
        }
    }
    s
}

fn main() {
    let arr = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let start = arr.as_ptr();
    let end = unsafe { start.add(arr.len()) }; // one-past-the-end: allowed, never dereferenced
    println!("sum of all = {}", sum_range(start, end));
    println!("sum of [2..5) = {}", sum_range(unsafe { start.add(2) }, unsafe { start.add(5) }));
    println!("length via offset_from = {}", unsafe { end.offset_from(start) });

    // Walk backwards with sub().
    let mut p = end;
    let mut back = Vec::new();
    while p != start {
        unsafe {
            p = p.sub(1);
            back.push(*p);
        }
    }
    println!("backwards = {:?}", back);

    // offset with positive and negative values from the middle.
    let mid = unsafe { start.add(5) };
    for d in -5isize..5 {
        let v = unsafe { *mid.offset(d) };
        print!("{} ", v);
    }
    println!();

    // Two-pointer partition of a local array: evens to the front.
    let mut nums = [7, 2, 9, 4, 3, 8, 6, 1, 5, 0];
    let len = nums.len();
    let base = nums.as_mut_ptr();
    let mut lo = base;
    let mut hi = unsafe { base.add(len - 1) };
    unsafe {
        while lo < hi {
            if *lo % 2 == 0 {
                lo = lo.add(1);
            } else if *hi % 2 == 1 {
                hi = hi.sub(1);
            } else {
                std::ptr::swap(lo, hi);
            }
        }
    }
    let split = unsafe { lo.offset_from(base) };
    println!("partitioned = {:?} (split near {})", nums, split);

    // Strided access on a 2D array flattened through a pointer.
    let grid: [[u8; 4]; 3] = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    let g = grid.as_ptr() as *const u8;
    for col in 0..4 {
        let mut column = Vec::new();
        for row in 0..3 {
            column.push(unsafe { *g.add(row * 4 + col) });
        }
        println!("column {} = {:?}", col, column);
    }
    let diag: Vec<u8> = (0..3).map(|i| unsafe { *g.add(i * 5) }).collect();
    println!("diagonal = {:?}", diag);

    // byte_add on a struct-sized stride.
    let pairs: [(u32, u32); 4] = [(1, 10), (2, 20), (3, 30), (4, 40)];
    let mut q = pairs.as_ptr();
    for _ in 0..pairs.len() {
        let (a, b) = unsafe { *q };
        println!("pair ({}, {})", a, b);
        q = unsafe { q.byte_add(std::mem::size_of::<(u32, u32)>()) };
    }
    println!("walked to end: {}", q == unsafe { pairs.as_ptr().add(4) });
}
