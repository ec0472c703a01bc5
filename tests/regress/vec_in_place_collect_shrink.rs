fn main() {
    // (u32, u32) -> u32: 2 items of 8 bytes -> cap 4 in place
    let v: Vec<(u32, u32)> = vec![(1, 2), (3, 4), (5, 6)];
    let p = v.as_ptr() as usize;
    let w: Vec<u32> = v.into_iter().map(|(a, b)| a + b).collect();
    println!("{:?} {} {}", w, w.capacity(), w.as_ptr() as usize == p);
    // [u16; 3] -> [u16; 2]: 6-byte -> 4-byte items, 5 items = 30 bytes -> cap 7 (28 bytes): shrink by realloc
    let a: Vec<[u16; 3]> = vec![[1, 2, 3]; 5];
    let b: Vec<[u16; 2]> = a.into_iter().map(|x| [x[0], x[1]]).collect();
    println!("{:?} {}", b, b.capacity());
    // BinaryHeap / String / Box<[T]>
    let bx: Box<[u64]> = vec![1, 2, 3, 4].into_boxed_slice();
    let q = bx.as_ptr() as usize;
    let c: Vec<u64> = bx.into_vec().into_iter().filter(|x| *x > 2).collect();
    println!("{:?} {} {}", c, c.capacity(), c.as_ptr() as usize == q);
    // a panic in the closure drops what was written and the rest
    let r = std::panic::catch_unwind(|| {
        let v: Vec<String> = vec!["x".into(), "y".into(), "z".into()];
        let _w: Vec<String> = v.into_iter().map(|s| if s == "z" { panic!("boom") } else { s + "1" }).collect();
    });
    println!("{}", r.is_err());
}
