use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::iter::FromIterator;

const INPUT: &str = "1000
2000
3000

4000

5000
6000

7000
8000
9000

10000

2500
2500
2500
2500

800
";

struct Groups<'a> {
    lines: std::iter::Peekable<std::str::Lines<'a>>,
}

impl<'a> Groups<'a> {
    fn new(s: &'a str) -> Self {
        Groups { lines: s.lines().peekable() }
    }
}

impl<'a> Iterator for Groups<'a> {
    type Item = Vec<u32>;
    fn next(&mut self) -> Option<Vec<u32>> {
        while self.lines.peek().is_some_and(|l| l.trim().is_empty()) {
            self.lines.next();
        }
        self.lines.peek()?;
        let mut g = Vec::new();
        while let Some(l) = self.lines.next_if(|l| !l.trim().is_empty()) {
            g.push(l.trim().parse().expect("number"));
        }
        Some(g)
    }
}

#[derive(Debug)]
struct TopK<const K: usize> {
    heap: BinaryHeap<Reverse<(u32, usize)>>,
}

impl<const K: usize> TopK<K> {
    fn push(&mut self, item: (u32, usize)) {
        self.heap.push(Reverse(item));
        if self.heap.len() > K {
            self.heap.pop();
        }
    }
    fn into_sorted(self) -> Vec<(u32, usize)> {
        let mut v: Vec<_> = self.heap.into_iter().map(|Reverse(x)| x).collect();
        v.sort_by(|a, b| b.cmp(a));
        v
    }
}

impl<const K: usize> FromIterator<(u32, usize)> for TopK<K> {
    fn from_iter<I: IntoIterator<Item = (u32, usize)>>(iter: I) -> Self {
        let mut t = TopK { heap: BinaryHeap::new() };
        for x in iter {
            t.push(x);
        }
        t
    }
}

fn main() {
    let groups: Vec<Vec<u32>> = Groups::new(INPUT).collect();
    println!("elves: {}", groups.len());
    for (i, g) in groups.iter().enumerate() {
        let total: u32 = g.iter().sum();
        println!("elf #{:<2} items={:<2} total={:>6}", i + 1, g.len(), total);
    }
    let totals = groups.iter().map(|g| g.iter().sum::<u32>()).zip(1..);
    let top: TopK<3> = totals.clone().collect();
    let sorted = top.into_sorted();
    println!("part 1: {:?}", sorted.first());
    println!("part 2: {}", sorted.iter().map(|(t, _)| t).sum::<u32>());
    let best = totals.clone().max_by_key(|&(t, i)| (t, Reverse(i))).unwrap();
    println!("best elf {} with {}", best.1, best.0);
    let running: Vec<u32> = totals.clone().scan(0, |acc, (t, _)| { *acc += t; Some(*acc) }).collect();
    println!("running: {:?}", running);
    let mut min_heap: BinaryHeap<Reverse<u32>> = totals.map(|(t, _)| Reverse(t)).collect();
    let mut smallest = Vec::new();
    while let Some(Reverse(x)) = min_heap.pop() {
        if smallest.len() == 2 { break; }
        smallest.push(x);
    }
    println!("two smallest: {:?}, remaining in heap: {}", smallest, min_heap.len());
}
