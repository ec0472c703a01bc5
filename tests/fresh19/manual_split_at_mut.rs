// Re-implementing split_at_mut and chunks_mut with slice::from_raw_parts_mut,
// and checking that the pieces are adjacent using pointer comparisons.
use std::slice;

fn my_split_at_mut<T>(s: &mut [T], mid: usize) -> (&mut [T], &mut [T]) {
    let len = s.len();
    assert!(mid <= len, "mid out of range");
    let p = s.as_mut_ptr();
    // SAFETY: the two ranges [0, mid) and [mid, len) do not overlap
    unsafe { (slice::from_raw_parts_mut(p, mid), slice::from_raw_parts_mut(p.add(mid), len - mid)) }
}

fn my_chunks_mut<T>(s: &mut [T], size: usize) -> Vec<&mut [T]> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let take = size.min(rest.len());
        let (head, tail) = my_split_at_mut(rest, take);
        out.push(head);
        rest = tail;
    }
    out
}

fn main() {
    let mut data: Vec<i32> = (1..=10).collect();
    {
        let (left, right) = my_split_at_mut(&mut data, 4);
        println!("left {:?} right {:?}", left, right);
        // both halves can be changed at the same time
        left[0] += right[0];
        right[5] *= -1;
        let left_end = left.as_ptr_range().end;
        println!("left ends where right begins: {}", std::ptr::eq(left_end, right.as_ptr()));
    }
    println!("after edits: {:?}", data);

    // an empty split at the very end
    let (all, none) = my_split_at_mut(&mut data, 10);
    println!("split at len: {} + {}", all.len(), none.len());

    let mut chunks = my_chunks_mut(&mut data, 3);
    println!("chunk count: {}", chunks.len());
    for (i, c) in chunks.iter_mut().enumerate() {
        c.reverse();
        println!("chunk {} len {} -> {:?}", i, c.len(), c);
    }
    // distance of each chunk start from the first, in elements
    let base = chunks[0].as_ptr();
    let starts: Vec<isize> = chunks.iter().map(|c| unsafe { c.as_ptr().offset_from(base) }).collect();
    println!("chunk starts: {:?}", starts);
    drop(chunks);
    println!("data now: {:?}", data);

    // swap two non-overlapping windows of the same vector via split
    let mut letters: Vec<char> = "abcdefgh".chars().collect();
    {
        let (a, b) = my_split_at_mut(&mut letters, 4);
        a[..2].swap_with_slice(&mut b[2..]);
    }
    println!("letters: {}", letters.iter().collect::<String>());

    // the same via raw pointers: compare with the real split_at_mut
    let mut check = [1u8, 2, 3, 4, 5];
    let (x1, y1) = {
        let (x, y) = check.split_at_mut(2);
        (x.as_ptr(), y.as_ptr())
    };
    let (x2, y2) = {
        let (x, y) = my_split_at_mut(&mut check, 2);
        (x.as_ptr(), y.as_ptr())
    };
    println!("same pieces as std: {} {}", x1 == x2, y1 == y2);
    println!("byte gap between pieces: {}", (y2 as usize) - (x2 as usize));
}
