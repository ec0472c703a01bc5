// ptr::swap, ptr::swap_nonoverlapping and ptr::replace on stack locals.
use std::ptr;

#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f32,
    y: f32,
}

fn swap_xy(v: *mut Vec2) {
    unsafe {
        ptr::swap(&raw mut (*v).x, &raw mut (*v).y);
    }
}

fn main() {
    let mut a = 1u64;
    let mut b = 2u64;
    unsafe { ptr::swap(&mut a as *mut u64, &mut b as *mut u64) };
    println!("after ptr::swap: a={} b={}", a, b);

    // Swapping a value with itself through the same pointer is allowed for ptr::swap.
    let pa = &raw mut a;
    unsafe { ptr::swap(pa, pa) };
    println!("self swap: a={}", a);

    let mut v = Vec2 { x: 1.5, y: -2.25 };
    for i in 0..3 {
        swap_xy(&mut v);
        println!("swap_xy {}: {:?}", i, v);
    }

    let mut left = [1, 2, 3, 4, 5];
    let mut right = [50, 40, 30, 20, 10];
    unsafe {
        ptr::swap_nonoverlapping(left.as_mut_ptr(), right.as_mut_ptr(), 3);
    }
    println!("after swap_nonoverlapping(3): left={:?} right={:?}", left, right);

    // Reverse an array in place with ptr::swap from both ends.
    let mut seq = [10, 20, 30, 40, 50, 60, 70];
    let n = seq.len();
    let p = seq.as_mut_ptr();
    for i in 0..n / 2 {
        unsafe { ptr::swap(p.add(i), p.add(n - 1 - i)) };
    }
    println!("reversed seq = {:?}", seq);

    // Selection sort using ptr::swap.
    let mut arr = [7, 2, 9, 4, 1, 8, 3];
    let len = arr.len();
    for i in 0..len {
        // fresh pointer each step; all accesses in this step go through it
        let base = arr.as_mut_ptr();
        let mut min_i = i;
        for j in i + 1..len {
            if unsafe { *base.add(j) < *base.add(min_i) } {
                min_i = j;
            }
        }
        if min_i != i {
            unsafe { ptr::swap(base.add(i), base.add(min_i)) };
        }
        println!("step {}: {:?}", i, arr);
    }

    // ptr::replace on a String local and on an Option local.
    let mut title = String::from("draft");
    let old = unsafe { ptr::replace(&mut title, String::from("final")) };
    println!("title: {} (was {})", title, old);

    let mut maybe: Option<Vec<u8>> = None;
    let prev = unsafe { ptr::replace(&raw mut maybe, Some(vec![1, 2, 3])) };
    println!("maybe: {:?} (was {:?})", maybe, prev);

    // Swap two Strings through raw pointers: heap buffers trade owners.
    let mut s1 = String::from("first string");
    let mut s2 = String::from("second");
    unsafe { ptr::swap(&raw mut s1, &raw mut s2) };
    println!("s1={:?} s2={:?}", s1, s2);
    s1.push_str("!");
    s2.push_str("?");
    println!("s1={:?} s2={:?}", s1, s2);
}
