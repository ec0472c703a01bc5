// VecDeque's ring buffer and boxed slices: capacity, layout and pointers.
use std::collections::VecDeque;
use std::mem::{size_of, size_of_val};

fn main() {
    println!("size_of VecDeque<u32> = {}", size_of::<VecDeque<u32>>());
    println!("size_of Vec<u32> = {}", size_of::<Vec<u32>>());
    println!("size_of Box<[u32]> = {}", size_of::<Box<[u32]>>());
    println!("size_of Box<[u32; 4]> = {}", size_of::<Box<[u32; 4]>>());

    let mut dq: VecDeque<u32> = VecDeque::new();
    let mut caps = vec![dq.capacity()];
    for i in 0..20 {
        if i % 2 == 0 {
            dq.push_back(i);
        } else {
            dq.push_front(i);
        }
        if dq.capacity() != *caps.last().unwrap() {
            caps.push(dq.capacity());
        }
    }
    println!("deque caps while pushing both ends: {caps:?}");
    println!("deque order: {:?}", dq);
    let (a, b) = dq.as_slices();
    println!("as_slices lengths: {} + {} = {}", a.len(), b.len(), dq.len());
    dq.make_contiguous();
    let (a, b) = dq.as_slices();
    println!("after make_contiguous: {} + {}", a.len(), b.len());

    let mut w = VecDeque::with_capacity(5);
    println!("with_capacity(5): cap {}", w.capacity());
    for i in 0..5 {
        w.push_back(i * 10);
    }
    w.pop_front();
    w.pop_front();
    w.push_back(50);
    w.push_back(60);
    println!("wrapped ring: {:?} cap {}", w, w.capacity());
    let (x, y) = w.as_slices();
    println!("slices: {:?} {:?}", x, y);
    w.rotate_left(2);
    println!("rotate_left(2): {:?}", w);
    let v: Vec<i32> = w.into();
    println!("into Vec: {:?} cap {}", v, v.capacity());

    let mut v2 = Vec::with_capacity(16);
    v2.extend_from_slice(&[1u16, 2, 3, 4, 5]);
    let before = v2.as_ptr();
    let boxed: Box<[u16]> = v2.into_boxed_slice();
    println!("into_boxed_slice: len {} size_of_val {}", boxed.len(), size_of_val(&*boxed));
    println!("  same buffer as before: {}", boxed.as_ptr() == before);
    let back = boxed.into_vec();
    println!("into_vec: len {} cap {}", back.len(), back.capacity());

    let exact = vec![7u8; 4];
    let p0 = exact.as_ptr();
    let bs = exact.into_boxed_slice();
    println!("exact-capacity vec keeps its buffer: {}", bs.as_ptr() == p0);

    let from_iter: Box<[char]> = "memory".chars().collect();
    println!("Box<[char]> from iterator: {:?} bytes {}", from_iter, size_of_val(&*from_iter));
    let arr_box: Box<[u64; 3]> = Box::new([1, 2, 3]);
    let as_slice: Box<[u64]> = arr_box;
    println!("unsized coercion Box<[u64;3]> -> Box<[u64]>: len {}", as_slice.len());
    let empty: Box<[String]> = Box::new([]);
    println!("empty boxed slice len {} size_of_val {}", empty.len(), size_of_val(&*empty));

    let mut ring: VecDeque<char> = "abcdef".chars().collect();
    println!("collected deque cap {}", ring.capacity());
    ring.truncate(3);
    ring.shrink_to_fit();
    println!("truncate+shrink: {:?} cap {}", ring, ring.capacity());
    ring.extend(['x', 'y']);
    println!("extend: {:?} cap {}", ring, ring.capacity());
    let drained: String = ring.drain(1..4).collect();
    println!("drained {drained:?}, left {:?}", ring);
    println!("contains 'y': {}", ring.contains(&'y'));
    println!("binary search in sorted deque: {:?}", VecDeque::from(vec![1, 3, 5, 7]).binary_search(&5));
}
