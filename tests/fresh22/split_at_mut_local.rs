// split_at_mut and friends on local arrays.
fn add_into(dst: &mut [i32], src: &[i32]) {
    for (d, s) in dst.iter_mut().zip(src) {
        *d += *s;
    }
}

fn bubble_pass(arr: &mut [i32]) -> usize {
    let mut swaps = 0;
    for i in 1..arr.len() {
        let (left, right) = arr.split_at_mut(i);
        let a = &mut left[i - 1];
        let b = &mut right[0];
        if *a > *b {
            std::mem::swap(a, b);
            swaps += 1;
        }
    }
    swaps
}

fn main() {
    let mut arr = [1, 2, 3, 4, 5, 6, 7, 8];
    {
        let (lo, hi) = arr.split_at_mut(4);
        println!("lo = {:?}, hi = {:?}", lo, hi);
        add_into(lo, hi);
        println!("lo after add = {:?}", lo);
        hi.reverse();
        println!("hi reversed = {:?}", hi);
    }
    println!("arr = {:?}", arr);

    let mut data = [9, 3, 7, 1, 8, 2, 6, 4, 5, 0];
    let mut pass = 0;
    loop {
        let swaps = bubble_pass(&mut data);
        println!("pass {}: swaps={} data={:?}", pass, swaps, data);
        pass += 1;
        if swaps == 0 {
            break;
        }
    }

    // Three-way split of a local array.
    let mut grid = [0u32; 12];
    {
        let (a, rest) = grid.split_at_mut(4);
        let (b, c) = rest.split_at_mut(4);
        for i in 0..4 {
            a[i] = i as u32;
            b[i] = a[i] * 10;
            c[i] = a[i] + b[i];
        }
    }
    println!("grid = {:?}", grid);

    // chunks_mut / chunks_exact_mut
    for (row, chunk) in grid.chunks_exact_mut(3).enumerate() {
        for v in chunk.iter_mut() {
            *v += row as u32 * 100;
        }
        println!("row {} -> {:?}", row, chunk);
    }

    // split_first_mut / split_last_mut
    let mut nums = [10, 20, 30, 40];
    if let Some((first, rest)) = nums.split_first_mut() {
        for r in rest.iter_mut() {
            *r -= *first;
        }
        *first = 0;
    }
    println!("after split_first_mut: {:?}", nums);
    if let Some((last, rest)) = nums.split_last_mut() {
        *last = rest.iter().sum();
    }
    println!("after split_last_mut: {:?}", nums);

    // swap two halves with swap_with_slice
    let mut halves = [1, 1, 1, 2, 2, 2];
    let (x, y) = halves.split_at_mut(3);
    x.swap_with_slice(y);
    println!("halves swapped: {:?}", halves);

    // rotate and copy_from_slice inside a split
    let mut ring = [0, 1, 2, 3, 4, 5, 6, 7];
    ring.rotate_left(3);
    println!("rotated: {:?}", ring);
    let (dst, src) = ring.split_at_mut(4);
    dst.copy_from_slice(src);
    println!("copied: {:?}", ring);
}
