use std::fmt::{Debug, Display};
use std::ops::{Index, IndexMut};

struct Ring<T, const N: usize> {
    slots: [Option<T>; N],
    head: usize,
    len: usize,
    overwritten: usize,
}

impl<T: Clone + Debug, const N: usize> Ring<T, N> {
    fn new() -> Self {
        Ring { slots: std::array::from_fn(|_| None), head: 0, len: 0, overwritten: 0 }
    }

    fn push(&mut self, v: T) -> Option<T> {
        let tail = (self.head + self.len) % N;
        if self.len == N {
            let old = self.slots[self.head].replace(v);
            self.head = (self.head + 1) % N;
            self.overwritten += 1;
            old
        } else {
            self.slots[tail] = Some(v);
            self.len += 1;
            None
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.slots[self.head].take();
        self.head = (self.head + 1) % N;
        self.len -= 1;
        v
    }

    fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        (0..self.len).map(move |i| self.slots[(self.head + i) % N].as_ref().unwrap())
    }

    fn to_vec(&self) -> Vec<T> { self.iter().cloned().collect() }
}

impl<T, const N: usize> Index<usize> for Ring<T, N> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        assert!(i < self.len, "ring index {} out of range (len {})", i, self.len);
        self.slots[(self.head + i) % N].as_ref().unwrap()
    }
}

impl<T, const N: usize> IndexMut<usize> for Ring<T, N> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        assert!(i < self.len, "ring index {} out of range (len {})", i, self.len);
        self.slots[(self.head + i) % N].as_mut().unwrap()
    }
}

fn summarize<T, const N: usize>(label: &str, r: &Ring<T, N>)
where
    T: Display + Clone + Debug,
{
    let body: Vec<String> = r.iter().map(|x| format!("{}", x)).collect();
    println!("{:<8} len={} cap={} head={} over={} [{}]", label, r.len, N, r.head, r.overwritten, body.join(" "));
}

fn main() {
    let mut r: Ring<i32, 4> = Ring::new();
    for v in 1..=6 {
        let dropped = r.push(v * 10);
        println!("push {:>2} -> dropped {:?}", v * 10, dropped);
    }
    summarize("ints", &r);
    r[0] += 1;
    r[3] *= 2;
    summarize("edited", &r);
    while let Some(v) = r.pop() {
        print!("{} ", v);
    }
    println!("| empty pop: {:?}", r.pop());

    let mut window: Ring<f64, 3> = Ring::new();
    let samples = [2.0, 4.0, 9.0, 1.0, 7.5, 3.25];
    for s in samples {
        window.push(s);
        let avg = window.iter().sum::<f64>() / window.len as f64;
        let max = window.iter().cloned().fold(f64::MIN, f64::max);
        println!("sample {:>5.2} moving avg {:>6.3} max {:>5.2}", s, avg, max);
    }
    let mut names: Ring<String, 2> = Ring::new();
    for n in "ann bob cyd".split(' ') {
        names.push(n.to_uppercase());
    }
    summarize("names", &names);
    println!("vec={:?} size_of Ring<u8,4>={}", names.to_vec(), std::mem::size_of::<Ring<u8, 4>>());
    let last = names[1].clone();
    println!("names[1]={}", last);
    println!("about to read names[2]...");
    println!("{}", names[2]);
}
