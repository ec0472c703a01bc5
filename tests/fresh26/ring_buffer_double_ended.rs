use std::fmt::Debug;
use std::iter::FusedIterator;

struct Ring<T, const N: usize> {
    buf: [Option<T>; N],
    head: usize,
    len: usize,
    dropped: usize,
}

impl<T, const N: usize> Ring<T, N> {
    const CAPACITY: usize = N;
    fn new() -> Self {
        Ring { buf: std::array::from_fn(|_| None), head: 0, len: 0, dropped: 0 }
    }
    fn push(&mut self, v: T) -> Option<T> {
        let idx = (self.head + self.len) % N;
        if self.len == N {
            let old = self.buf[self.head].replace(v);
            self.head = (self.head + 1) % N;
            self.dropped += 1;
            old
        } else {
            self.buf[idx] = Some(v);
            self.len += 1;
            None
        }
    }
    fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 { return None; }
        let v = self.buf[self.head].take();
        self.head = (self.head + 1) % N;
        self.len -= 1;
        v
    }
    fn get(&self, i: usize) -> Option<&T> {
        if i >= self.len { None } else { self.buf[(self.head + i) % N].as_ref() }
    }
    fn iter(&self) -> RingIter<'_, T, N> { RingIter { ring: self, front: 0, back: self.len } }
}

struct RingIter<'a, T, const N: usize> {
    ring: &'a Ring<T, N>,
    front: usize,
    back: usize,
}

impl<'a, T, const N: usize> Iterator for RingIter<'a, T, N> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.front >= self.back { return None; }
        let r = self.ring.get(self.front);
        self.front += 1;
        r
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T, const N: usize> DoubleEndedIterator for RingIter<'a, T, N> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front >= self.back { return None; }
        self.back -= 1;
        self.ring.get(self.back)
    }
}

impl<'a, T, const N: usize> ExactSizeIterator for RingIter<'a, T, N> {}
impl<'a, T, const N: usize> FusedIterator for RingIter<'a, T, N> {}

impl<'a, T, const N: usize> IntoIterator for &'a Ring<T, N> {
    type Item = &'a T;
    type IntoIter = RingIter<'a, T, N>;
    fn into_iter(self) -> Self::IntoIter { self.iter() }
}

impl<T, const N: usize> Extend<T> for Ring<T, N> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, it: I) {
        for v in it { self.push(v); }
    }
}

impl<T, const N: usize> FromIterator<T> for Ring<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        let mut r = Ring::new();
        r.extend(it);
        r
    }
}

fn show<'a, I>(label: &str, it: I)
where
    I: ExactSizeIterator + DoubleEndedIterator,
    I::Item: Debug,
{
    let n = it.len();
    let v: Vec<_> = it.rev().collect();
    println!("{:<10} len={} rev={:?}", label, n, v);
}

fn main() {
    let mut r: Ring<u32, 5> = Ring::new();
    println!("capacity {}", Ring::<u32, 5>::CAPACITY);
    for i in 1..=8 {
        if let Some(old) = r.push(i * 10) {
            println!("push {} evicted {}", i * 10, old);
        }
    }
    println!("contents: {:?}", r.iter().collect::<Vec<_>>());
    show("all", r.iter());
    let mut it = r.iter();
    println!("front {:?} back {:?} front {:?} remaining {}", it.next(), it.next_back(), it.next(), it.len());
    show("middle", it);
    for (i, v) in r.iter().rev().enumerate() {
        print!("{}:{} ", i, v);
    }
    println!();
    for (i, v) in r.iter().enumerate().rev().skip(1).step_by(2) {
        print!("[{}]={} ", i, v);
    }
    println!();
    let mut total = 0;
    for v in &r {
        total += v;
    }
    println!("sum via &ring {} / via iter {}", total, r.iter().sum::<u32>());
    println!("rposition of 60: {:?}, nth_back(1): {:?}", r.iter().rposition(|&v| v == 60), r.iter().nth_back(1));
    println!("pop {:?} {:?}", r.pop_front(), r.pop_front());
    r.extend([90, 100, 110]);
    println!("after extend: {:?} dropped={}", r.iter().copied().collect::<Vec<_>>(), r.dropped);

    let words: Ring<String, 3> = "alpha beta gamma delta epsilon".split(' ').map(String::from).collect();
    show("words", words.iter());
    let lens: Vec<usize> = words.iter().map(String::len).rev().collect();
    println!("lens rev {:?} zipped {:?}", lens, words.iter().zip(lens.iter()).map(|(w, l)| format!("{}{}", &w[..1], l)).collect::<Vec<_>>());
    let mut fused = words.iter();
    while fused.next().is_some() {}
    println!("fused after end: {:?} {:?}", fused.next(), fused.next_back());
    let last_long = words.iter().rfind(|w| w.len() > 5);
    println!("rfind len>5: {:?}", last_long);
}
