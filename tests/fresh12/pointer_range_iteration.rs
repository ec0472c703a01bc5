use std::ptr;

// C-style [begin, end) pointer iteration, and finding indices via offset_from.
fn find_ptr<T: PartialEq>(s: &[T], needle: &T) -> Option<*const T> {
    let range = s.as_ptr_range();
    let mut p = range.start;
    while p != range.end {
        unsafe {
            if *p == *needle {
                return Some(p);
            }
            p = p.add(1);
        }
    }
    None
}

fn index_of<T>(s: &[T], elem: &T) -> Option<usize> {
    let start = s.as_ptr();
    let e = elem as *const T;
    let end = start.wrapping_add(s.len());
    if e >= start && e < end {
        Some(unsafe { e.offset_from(start) } as usize)
    } else {
        None
    }
}

fn reverse_in_place<T>(s: &mut [T]) {
    if s.is_empty() {
        return;
    }
    let mut lo = s.as_mut_ptr();
    let mut hi = unsafe { lo.add(s.len() - 1) };
    while lo < hi {
        unsafe {
            ptr::swap(lo, hi);
            lo = lo.add(1);
            hi = hi.sub(1);
        }
    }
}

fn main() {
    let nums = [3, 14, 15, 92, 65, 35, 89, 79];
    match find_ptr(&nums, &65) {
        Some(p) => {
            let idx = unsafe { p.offset_from(nums.as_ptr()) };
            let next = unsafe { *p.offset(1) };
            let prev = unsafe { *p.offset(-1) };
            println!("found 65 at index {} (prev {}, next {})", idx, prev, next);
        }
        None => println!("not found"),
    }
    println!("find 100: {:?}", find_ptr(&nums, &100).map(|_| ()));

    let elem = &nums[6];
    println!("index_of(&nums[6]) = {:?}", index_of(&nums, elem));
    let other = 89;
    println!("index_of(outside value) = {:?}", index_of(&nums, &other));
    let sub = &nums[2..5];
    println!("index_of in subslice = {:?} / outside subslice = {:?}", index_of(sub, &nums[3]), index_of(sub, &nums[0]));

    let mut words = ["one", "two", "three", "four", "five"];
    reverse_in_place(&mut words);
    println!("reversed {:?}", words);
    let mut single = [42];
    reverse_in_place(&mut single);
    let mut none: [u8; 0] = [];
    reverse_in_place(&mut none);
    println!("single {:?} empty {:?}", single, none);

    // Byte distance vs element distance.
    let wide = [0u64; 10];
    let a = &raw const wide[2];
    let b = &raw const wide[7];
    let elems = unsafe { b.offset_from(a) };
    let bytes = unsafe { (b as *const u8).offset_from(a as *const u8) };
    println!("elements apart {} bytes apart {} ratio {}", elems, bytes, bytes / elems);
    println!("byte_offset_from {}", unsafe { b.byte_offset_from(a) });
    let back = unsafe { b.sub(5) };
    println!("b.sub(5) == &wide[2]: {} end ptr cmp: {}", ptr::eq(back, a), a < b);

    let mut strided = 0;
    let base = nums.as_ptr();
    let mut i = 0;
    while i < nums.len() {
        strided += unsafe { *base.add(i) };
        i += 3;
    }
    println!("sum of every 3rd element {}", strided);
}
