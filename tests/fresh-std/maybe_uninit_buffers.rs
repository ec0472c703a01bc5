// Uninitialised memory used correctly: MaybeUninit buffers filled before they are read, unions read through the
// field last written, partly initialised arrays of which only the written part is read. Nothing here is UB.
use std::collections::HashMap;
use std::mem::{self, MaybeUninit};

#[repr(C)]
union Word {
    bytes: [u8; 4],
    value: u32,
}

struct RingBuffer<const N: usize> {
    slots: [MaybeUninit<String>; N],
    start: usize,
    len: usize,
}

impl<const N: usize> RingBuffer<N> {
    fn new() -> Self {
        RingBuffer { slots: [const { MaybeUninit::uninit() }; N], start: 0, len: 0 }
    }

    fn push(&mut self, s: String) -> Option<String> {
        let end = (self.start + self.len) % N;
        if self.len == N {
            let old = mem::replace(&mut self.slots[end], MaybeUninit::new(s));
            self.start = (self.start + 1) % N;
            return Some(unsafe { old.assume_init() });
        }
        self.slots[end].write(s);
        self.len += 1;
        None
    }

    fn iter(&self) -> impl Iterator<Item = &String> + '_ {
        (0..self.len).map(move |i| unsafe { self.slots[(self.start + i) % N].assume_init_ref() })
    }
}

impl<const N: usize> Drop for RingBuffer<N> {
    fn drop(&mut self) {
        for i in 0..self.len {
            unsafe { self.slots[(self.start + i) % N].assume_init_drop() };
        }
    }
}

fn squares<const N: usize>() -> [u64; N] {
    let mut out: [MaybeUninit<u64>; N] = [const { MaybeUninit::uninit() }; N];
    for (i, slot) in out.iter_mut().enumerate() {
        slot.write((i as u64) * (i as u64));
    }
    out.map(|s| unsafe { s.assume_init() })
}

fn main() {
    let mut w = Word { value: 0 };
    w.bytes = [1, 2, 3, 4];
    println!("word = {:#010x}", unsafe { w.value });
    let w2 = Word { bytes: [0xff; 4] };
    let copy = w2; // copying a union copies its bytes, read or not
    println!("bytes = {:?}", unsafe { copy.bytes });

    let mut x = MaybeUninit::<(u32, f64)>::uninit();
    let p = x.as_mut_ptr();
    unsafe {
        (&raw mut (*p).0).write(7);
        (&raw mut (*p).1).write(2.5);
    }
    let (a, b) = unsafe { x.assume_init() };
    println!("pair = ({a}, {b})");

    let mut partly: [MaybeUninit<i32>; 6] = [const { MaybeUninit::uninit() }; 6];
    let n = 4;
    for i in 0..n {
        partly[i].write(i as i32 * 10 - 5);
    }
    let moved = partly; // the unwritten slots travel along uninitialised
    let total: i32 = moved[..n].iter().map(|s| unsafe { s.assume_init() }).sum();
    println!("sum of the {n} written = {total}");

    let mut ring: RingBuffer<3> = RingBuffer::new();
    let mut evicted = Vec::new();
    for word in "one two three four five".split(' ') {
        if let Some(old) = ring.push(word.to_uppercase()) {
            evicted.push(old);
        }
    }
    println!("ring = {:?}, evicted = {:?}", ring.iter().collect::<Vec<_>>(), evicted);

    let sq: [u64; 8] = squares();
    println!("squares = {:?}", sq);

    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in "mississippi".chars() {
        *counts.entry(c).or_default() += 1;
    }
    let mut pairs: Vec<_> = counts.into_iter().collect();
    pairs.sort();
    println!("counts = {:?}", pairs);

    let mut left = MaybeUninit::new(String::from("left"));
    let mut right = MaybeUninit::new(String::from("right"));
    mem::swap(&mut left, &mut right);
    let (l, r) = unsafe { (left.assume_init(), right.assume_init()) };
    println!("swapped: {l} {r}");
    let v: u64 = unsafe { std::ptr::read_unaligned([1u8, 0, 0, 0, 0, 0, 0, 0, 9].as_ptr().add(1) as *const u64) };
    println!("unaligned = {v}, size_of::<MaybeUninit<u32>>() = {}", mem::size_of::<MaybeUninit<u32>>());
}
