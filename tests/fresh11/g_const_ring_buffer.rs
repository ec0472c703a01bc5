// Const generics: RingBuffer<T, const N>, impl<const N> Default, [T; N] generic fns, array::from_fn.
use std::fmt::Debug;

#[derive(Debug, Clone)]
pub struct RingBuffer<T, const N: usize> {
    data: [T; N],
    head: usize,
    len: usize,
}

impl<T: Default + Copy, const N: usize> Default for RingBuffer<T, N> {
    fn default() -> Self {
        RingBuffer { data: [T::default(); N], head: 0, len: 0 }
    }
}

impl<T: Copy, const N: usize> RingBuffer<T, N> {
    pub const CAPACITY: usize = N;

    pub fn push(&mut self, v: T) -> Option<T> {
        let idx = (self.head + self.len) % N;
        if self.len == N {
            let old = self.data[self.head];
            self.data[self.head] = v;
            self.head = (self.head + 1) % N;
            Some(old)
        } else {
            self.data[idx] = v;
            self.len += 1;
            None
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        (0..self.len).map(move |i| self.data[(self.head + i) % N])
    }
    pub fn to_array_padded(&self, pad: T) -> [T; N] {
        let mut it = self.iter();
        std::array::from_fn(|_| it.next().unwrap_or(pad))
    }
}

pub struct Bits<const N: usize> {
    words: [u64; N],
}

impl<const N: usize> Default for Bits<N> {
    fn default() -> Self {
        Bits { words: [0; N] }
    }
}

impl<const N: usize> Bits<N> {
    pub const BITS: usize = N * 64;
    pub fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }
    pub fn get(&self, i: usize) -> bool {
        self.words[i / 64] >> (i % 64) & 1 == 1
    }
    pub fn count(&self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }
}

fn sum_array<T, const N: usize>(arr: [T; N]) -> T
where
    T: Default + Copy + std::ops::Add<Output = T>,
{
    arr.iter().fold(T::default(), |a, &b| a + b)
}

fn reversed<T: Default + Copy, const N: usize>(arr: &[T; N]) -> [T; N] {
    let mut out = [T::default(); N];
    for (i, x) in arr.iter().enumerate() {
        out[N - 1 - i] = *x;
    }
    out
}

fn chunk_sums<const K: usize>(xs: &[i32]) -> Vec<i32> {
    xs.chunks_exact(K)
        .map(|c| {
            let arr: [i32; K] = c.try_into().unwrap();
            sum_array(arr)
        })
        .collect()
}

fn describe<T: Debug, const N: usize>(label: &str, arr: &[T; N]) {
    println!("{label} (N={N}): {:?}", arr);
}

fn main() {
    let mut rb: RingBuffer<i32, 4> = RingBuffer::default();
    println!("capacity = {}", RingBuffer::<i32, 4>::CAPACITY);
    for v in 1..=6 {
        let ev = rb.push(v * 10);
        println!("push {} evicted {:?}", v * 10, ev);
    }
    println!("contents: {:?}", rb.iter().collect::<Vec<_>>());
    let mut small: RingBuffer<char, 5> = Default::default();
    "hi".chars().for_each(|c| { small.push(c); });
    println!("padded: {:?}", small.to_array_padded('_'));

    let squares: [u32; 6] = std::array::from_fn(|i| (i * i) as u32);
    describe("squares", &squares);
    describe("reversed", &reversed(&squares));
    println!("sum squares = {}", sum_array(squares));
    println!("sum floats = {}", sum_array([0.5f64, 0.25, 0.125]));
    let grid: [[u8; 3]; 2] = std::array::from_fn(|r| std::array::from_fn(|c| (r * 3 + c) as u8));
    describe("grid", &grid);
    let names: [String; 3] = std::array::from_fn(|i| format!("n{}", i));
    describe("names", &names);

    let xs = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    println!("chunk_sums<3> = {:?}", chunk_sums::<3>(&xs));
    println!("chunk_sums<4> = {:?}", chunk_sums::<4>(&xs));

    let mut bits: Bits<2> = Bits::default();
    for i in [0, 3, 64, 127, 3] {
        bits.set(i);
    }
    println!("bits capacity = {}, count = {}", Bits::<2>::BITS, bits.count());
    let set: Vec<usize> = (0..Bits::<2>::BITS).filter(|&i| bits.get(i)).collect();
    println!("set bits: {:?}", set);
    let mapped = squares.map(|x| x % 3 == 0);
    println!("mapped: {:?}", mapped);
}
