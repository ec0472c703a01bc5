use std::ptr;

// Insertion sort that moves elements with raw copies instead of swaps,
// like std does: take the element out, shift the larger ones, write it back.
fn insertion_sort<T, F: Fn(&T, &T) -> bool>(v: &mut [T], less: F) {
    let p = v.as_mut_ptr();
    for i in 1..v.len() {
        unsafe {
            if !less(&*p.add(i), &*p.add(i - 1)) {
                continue;
            }
            // Take v[i] out; a "hole" now exists at i.
            let tmp = ptr::read(p.add(i));
            let mut hole = i;
            while hole > 0 && less(&tmp, &*p.add(hole - 1)) {
                ptr::copy_nonoverlapping(p.add(hole - 1), p.add(hole), 1);
                hole -= 1;
            }
            ptr::write(p.add(hole), tmp);
        }
    }
}

fn sift_down<T: Ord>(p: *mut T, len: usize, mut root: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= len {
            break;
        }
        unsafe {
            if child + 1 < len && *p.add(child) < *p.add(child + 1) {
                child += 1;
            }
            if *p.add(root) >= *p.add(child) {
                break;
            }
            ptr::swap(p.add(root), p.add(child));
        }
        root = child;
    }
}

fn heap_sort<T: Ord>(v: &mut [T]) {
    let len = v.len();
    let p = v.as_mut_ptr();
    for i in (0..len / 2).rev() {
        sift_down(p, len, i);
    }
    for end in (1..len).rev() {
        unsafe { ptr::swap(p, p.add(end)) };
        sift_down(p, end, 0);
    }
}

#[derive(Debug)]
struct Card {
    rank: u8,
    suit: char,
}

fn main() {
    let mut nums = [9, 4, 7, 1, 8, 2, 2, 6, 0, 5];
    insertion_sort(&mut nums, |a, b| a < b);
    println!("insertion sorted {:?}", nums);

    let mut names: Vec<String> = ["delta", "alpha", "echo", "charlie", "bravo"].iter().map(|s| s.to_string()).collect();
    insertion_sort(&mut names, |a, b| a.len() < b.len() || (a.len() == b.len() && a < b));
    println!("names by length then alpha {:?}", names);

    // Stability check: equal ranks keep their original suit order.
    let mut cards = vec![
        Card { rank: 3, suit: 'h' }, Card { rank: 1, suit: 's' }, Card { rank: 3, suit: 'd' },
        Card { rank: 2, suit: 'c' }, Card { rank: 1, suit: 'h' },
    ];
    insertion_sort(&mut cards, |a, b| a.rank < b.rank);
    let shown: Vec<String> = cards.iter().map(|c| format!("{}{}", c.rank, c.suit)).collect();
    println!("stable cards {:?}", shown);

    let mut big: Vec<u32> = (0..20).map(|i| (i * 7919 + 13) % 101).collect();
    let mut expected = big.clone();
    expected.sort();
    heap_sort(&mut big);
    println!("heap sorted {:?}", big);
    println!("matches std sort: {}", big == expected);

    let mut boxed: Vec<Box<i32>> = vec![Box::new(3), Box::new(-1), Box::new(2)];
    heap_sort(&mut boxed);
    println!("boxed heap sorted {:?}", boxed);
    let mut one = [1];
    heap_sort(&mut one);
    insertion_sort(&mut one, |a, b| a < b);
    println!("single {:?}", one);
}
