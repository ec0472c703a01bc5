use std::collections::BTreeMap;

#[derive(Clone, Debug)]
struct Span {
    lo: i64,
    hi: i64, // exclusive
    stride: i64,
}

impl Span {
    fn new(lo: i64, hi: i64, stride: i64) -> Self {
        assert!(stride > 0, "stride must be positive");
        Span { lo, hi, stride }
    }
}

impl Iterator for Span {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        if self.lo >= self.hi {
            return None;
        }
        let v = self.lo;
        self.lo += self.stride;
        Some(v)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.lo >= self.hi { 0 } else { ((self.hi - self.lo + self.stride - 1) / self.stride) as usize };
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Span {
    fn next_back(&mut self) -> Option<i64> {
        if self.lo >= self.hi {
            return None;
        }
        let n = (self.hi - self.lo + self.stride - 1) / self.stride;
        let last = self.lo + (n - 1) * self.stride;
        self.hi = last;
        Some(last)
    }
}

impl ExactSizeIterator for Span {}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let next = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = next;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

fn collatz(start: u64) -> impl Iterator<Item = u64> {
    std::iter::successors(Some(start), |&n| match n {
        1 => None,
        n if n % 2 == 0 => Some(n / 2),
        n => Some(3 * n + 1),
    })
}

fn main() {
    let s = Span::new(3, 30, 4);
    println!("forward: {:?} (len {})", s.clone().collect::<Vec<_>>(), s.len());
    println!("reverse: {:?}", s.clone().rev().collect::<Vec<_>>());
    let mut both = s.clone();
    let mut mixed = Vec::new();
    while let (Some(a), Some(b)) = (both.next(), both.next_back()) {
        mixed.push((a, b));
    }
    println!("ends-in: {:?} leftover {:?}", mixed, both.next());
    let zipped: Vec<String> = s.clone().zip(s.clone().rev()).map(|(a, b)| format!("{a}+{b}={}", a + b)).collect();
    println!("zip/rev: {}", zipped.join(", "));

    let even_fibs: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum < 4M: {}", even_fibs);
    println!("fib count until overflow: {}", fib().count());
    let every_tenth: Vec<u64> = fib().step_by(10).take(6).collect();
    println!("every 10th fib: {:?}", every_tenth);

    let mut pk = Span::new(0, 20, 1).peekable();
    let mut runs: Vec<Vec<i64>> = Vec::new();
    while let Some(x) = pk.next() {
        let mut run = vec![x];
        while let Some(y) = pk.next_if(|&y| y / 5 == x / 5) {
            run.push(y);
        }
        runs.push(run);
    }
    println!("peek runs: {:?}", runs);

    let prefix: Vec<i64> = Span::new(1, 11, 1).scan(1i64, |acc, x| { *acc *= x; Some(*acc) }).collect();
    println!("factorials: {:?}", prefix);
    let pairs: Vec<(i64, i64)> = Span::new(1, 4, 1).flat_map(|a| Span::new(a, 4, 1).map(move |b| (a, b))).collect();
    println!("pairs: {:?}", pairs);

    let longest = (1..30u64).max_by_key(|&n| collatz(n).count()).unwrap();
    println!("longest collatz below 30: {} ({} steps)", longest, collatz(longest).count());
    let hist: BTreeMap<u64, usize> = (1..=12u64).map(|n| collatz(n).count() as u64 / 5).fold(BTreeMap::new(), |mut m, k| {
        *m.entry(k * 5).or_insert(0) += 1;
        m
    });
    println!("collatz length buckets: {:?}", hist);
    let total = Span::new(-10, 11, 3).fold(0, |acc, x| acc + x * x);
    println!("sum squares: {}, product of rev firsts: {}", total, Span::new(2, 9, 2).rev().take(2).product::<i64>());
}
