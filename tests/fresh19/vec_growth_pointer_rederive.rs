// Watching a Vec grow and re-taking raw pointers after every growth.
// Rule I learned: after push() may reallocate, old pointers are dead,
// so always call as_ptr()/as_mut_ptr() again.

fn sum_raw(ptr: *const i64, len: usize) -> i64 {
    let mut total = 0;
    for i in 0..len {
        // SAFETY: caller promises ptr is valid for `len` reads
        total += unsafe { *ptr.add(i) };
    }
    total
}

fn double_all(ptr: *mut i64, len: usize) {
    let mut p = ptr;
    // SAFETY: end is one-past-the-end of the same allocation
    let end = unsafe { ptr.add(len) };
    while p != end {
        unsafe {
            *p *= 2;
            p = p.add(1);
        }
    }
}

fn main() {
    let mut v: Vec<i64> = Vec::with_capacity(2);
    let mut growths = 0;
    let mut last_cap = v.capacity();

    for i in 1..=20i64 {
        v.push(i * i);
        if v.capacity() != last_cap {
            growths += 1;
            last_cap = v.capacity();
            // re-derive the pointer after the growth and check the data survived
            let p = v.as_ptr();
            let s = sum_raw(p, v.len());
            let expected: i64 = (1..=i).map(|k| k * k).sum();
            println!("after push #{:2}: len={:2} sum_raw={:5} ok={}", i, v.len(), s, s == expected);
        }
    }
    println!("capacity grew at least once: {}", growths > 0);
    println!("capacity >= len: {}", v.capacity() >= v.len());

    // fresh pointer after all the pushes
    let first = v.as_ptr();
    let last = unsafe { first.add(v.len() - 1) };
    let dist = unsafe { last.offset_from(first) };
    let bytes = (last as usize) - (first as usize);
    println!("offset_from(last, first) = {}", dist);
    println!("byte distance = {} (= {} * {})", bytes, dist, std::mem::size_of::<i64>());

    // mutate in place through a fresh mutable pointer
    let len = v.len();
    double_all(v.as_mut_ptr(), len);
    println!("first five after doubling: {:?}", &v[..5]);

    // shrink and check that the content is still readable through a new pointer
    v.truncate(6);
    v.shrink_to_fit();
    let p = v.as_ptr();
    let s = sum_raw(p, v.len());
    println!("after shrink: len={} sum={}", v.len(), s);

    // reserve more space, then write past len through a pointer and set_len
    v.reserve(4);
    let base = v.as_mut_ptr(); // must be taken AFTER reserve
    let old_len = v.len();
    for k in 0..4 {
        unsafe { base.add(old_len + k).write(-(k as i64) - 1) };
    }
    unsafe { v.set_len(old_len + 4) };
    println!("after manual writes: {:?}", v);
    let aligned = (v.as_ptr() as usize) % std::mem::align_of::<i64>() == 0;
    println!("buffer aligned for i64: {}", aligned);
}
