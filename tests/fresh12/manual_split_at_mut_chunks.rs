use std::slice;

fn my_split_at_mut<T>(s: &mut [T], mid: usize) -> (&mut [T], &mut [T]) {
    let len = s.len();
    assert!(mid <= len, "mid out of range");
    let p = s.as_mut_ptr();
    unsafe {
        (
            slice::from_raw_parts_mut(p, mid),
            slice::from_raw_parts_mut(p.add(mid), len - mid),
        )
    }
}

// Split into N disjoint chunks of (almost) equal size, all alive at once.
fn chunks_mut_raw<T>(s: &mut [T], n: usize) -> Vec<&mut [T]> {
    let len = s.len();
    let base = s.as_mut_ptr();
    let mut out = Vec::with_capacity(n);
    let mut start = 0;
    for i in 0..n {
        let size = len / n + if i < len % n { 1 } else { 0 };
        out.push(unsafe { slice::from_raw_parts_mut(base.add(start), size) });
        start += size;
    }
    out
}

fn get_two_mut<T>(s: &mut [T], i: usize, j: usize) -> (&mut T, &mut T) {
    assert!(i != j && i < s.len() && j < s.len());
    let p = s.as_mut_ptr();
    unsafe { (&mut *p.add(i), &mut *p.add(j)) }
}

fn main() {
    let mut data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    {
        let (left, right) = my_split_at_mut(&mut data, 4);
        left.reverse();
        for x in right.iter_mut() {
            *x *= 10;
        }
        println!("left {:?} right {:?}", left, right);
        std::mem::swap(&mut left[0], &mut right[0]);
    }
    println!("after swap across halves {:?}", data);

    let (a, b) = data.split_at_mut(5);
    a.copy_from_slice(b);
    println!("std split_at_mut + copy_from_slice {:?}", data);

    let mut nums: Vec<u32> = (1..=11).collect();
    {
        let mut chunks = chunks_mut_raw(&mut nums, 3);
        for (k, c) in chunks.iter_mut().enumerate() {
            let bump = (k as u32 + 1) * 100;
            for x in c.iter_mut() {
                *x += bump;
            }
        }
        let lens: Vec<usize> = chunks.iter().map(|c| c.len()).collect();
        println!("chunk lens {:?}", lens);
        let (first, rest) = chunks.split_first_mut().unwrap();
        first[0] += rest[1][0];
    }
    println!("chunked {:?}", nums);

    let mut names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
    {
        let (x, y) = get_two_mut(&mut names, 0, 2);
        x.push_str("-ext");
        std::mem::swap(x, y);
    }
    println!("names {:?}", names);

    let empty: &mut [i32] = &mut [];
    let (l, r) = my_split_at_mut(empty, 0);
    println!("empty split lens {} {}", l.len(), r.len());
    let (l2, r2) = my_split_at_mut(&mut data[..], 10);
    println!("split at end lens {} {}", l2.len(), r2.len());
}
