// Editing a playlist held in a VecDeque: insert/remove/drain/split/append/retain and conversions.
use std::collections::VecDeque;
use std::hash::{DefaultHasher, Hash, Hasher};

#[derive(Debug, Clone, PartialEq)]
struct Song {
    title: &'static str,
    secs: u32,
}

fn song(title: &'static str, secs: u32) -> Song {
    Song { title, secs }
}

fn hash_of<T: Hash>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

fn main() {
    let mut list: VecDeque<Song> = VecDeque::new();
    list.push_back(song("Intro", 60));
    list.push_back(song("Blue", 200));
    list.push_front(song("Warmup", 90));
    list.insert(2, song("Interlude", 45));
    list.insert(4, song("Finale", 300));
    let titles: Vec<&str> = list.iter().map(|s| s.title).collect();
    println!("{:?}", titles);
    let removed = list.remove(1);
    println!("removed {:?}, remove(10) = {:?}", removed, list.remove(10));
    list.swap(0, 2);
    println!("after swap: {:?}", list.iter().map(|s| s.title).collect::<Vec<_>>());
    let total: u32 = list.iter().map(|s| s.secs).sum();
    println!("total {total}s over {} songs", list.len());

    let mut nums: VecDeque<i32> = (1..=10).collect();
    let drained: Vec<i32> = nums.drain(2..5).collect();
    println!("drained {:?} left {:?}", drained, nums);
    let back: Vec<i32> = nums.drain(4..).rev().collect();
    println!("drained back {:?} left {:?}", back, nums);
    {
        let mut d = nums.drain(..);
        println!("first of drain: {:?}, len hint {:?}", d.next(), d.size_hint());
    }
    println!("after partial drain: {:?} cap {}", nums, nums.capacity());

    let mut a: VecDeque<i32> = (0..8).collect();
    let b = a.split_off(5);
    println!("split: {:?} / {:?}", a, b);
    let mut c = VecDeque::from(vec![100, 200]);
    a.append(&mut c);
    println!("append: {:?}, other now {:?} (len {})", a, c, c.len());
    a.retain(|&x| x % 2 == 0);
    println!("retain evens: {:?}", a);
    a.retain_mut(|x| {
        *x += 1;
        *x < 150
    });
    println!("retain_mut: {:?}", a);
    a.resize(6, -1);
    println!("resize up: {:?}", a);
    a.resize(2, 0);
    println!("resize down: {:?}", a);
    let mut n = 0;
    a.resize_with(5, || {
        n += 10;
        n
    });
    println!("resize_with: {:?}", a);
    a.truncate(3);
    println!("truncate: {:?}", a);
    println!("swap_remove_back(0) = {:?} -> {:?}", a.swap_remove_back(0), a);
    println!("swap_remove_front(1) = {:?} -> {:?}", a.swap_remove_front(1), a);

    // extend from owned and borrowed
    let mut e: VecDeque<u8> = VecDeque::new();
    e.extend(vec![1u8, 2, 3]);
    e.extend(&[4u8, 5]);
    e.extend([6u8, 7].iter());
    e.extend((8..10).filter(|x| x % 2 == 0));
    println!("extended: {:?} cap {}", e, e.capacity());

    // range / range_mut
    let mut w: VecDeque<i32> = (1..=6).collect();
    w.rotate_left(4);
    let mid: Vec<&i32> = w.range(1..4).collect();
    println!("w {:?} range(1..4) {:?}", w, mid);
    for x in w.range_mut(..=2) {
        *x = -*x;
    }
    println!("range_mut: {:?}", w);

    // conversions and comparisons
    let v: Vec<i32> = Vec::from(w.clone());
    println!("into vec: {:?}", v);
    let from_vec: VecDeque<i32> = VecDeque::from(vec![7, 8, 9]);
    println!("from vec: {:?} eq vec? {} eq array? {} eq slice? {}", from_vec, from_vec == vec![7, 8, 9],
             from_vec == [7, 8, 9], from_vec == &[7, 8, 9][..]);
    let x: VecDeque<i32> = VecDeque::from([1, 2, 3]);
    let mut y: VecDeque<i32> = VecDeque::new();
    y.push_front(3);
    y.push_front(2);
    y.push_front(1);
    println!("x == y: {} hash equal: {}", x == y, hash_of(&x) == hash_of(&y));
    println!("cmp: {:?} {:?} {}", x.cmp(&from_vec), from_vec.partial_cmp(&x), x < from_vec);
    let mut sorted: Vec<VecDeque<i32>> = vec![from_vec.clone(), x.clone(), VecDeque::new()];
    sorted.sort();
    println!("sorted deques: {:?}", sorted);
    let dflt: VecDeque<String> = Default::default();
    println!("default: {:?} {}", dflt, dflt.len());
    list.clear();
    println!("cleared: {:?} {}", list, list.is_empty());
}
