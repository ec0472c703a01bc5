// Classic heap algorithms: Dijkstra, merging sorted runs, running median and top-k.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn dijkstra(adj: &[Vec<(usize, u32)>], start: usize) -> Vec<Option<u32>> {
    let mut dist: Vec<Option<u32>> = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[start] = Some(0);
    heap.push(Reverse((0u32, start)));
    let mut pops = 0;
    while let Some(Reverse((d, u))) = heap.pop() {
        pops += 1;
        if let Some(best) = dist[u] {
            if d > best {
                continue;
            }
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if dist[v].map_or(true, |cur| nd < cur) {
                dist[v] = Some(nd);
                heap.push(Reverse((nd, v)));
            }
        }
    }
    println!("heap pops: {pops}, final cap {}", heap.capacity());
    dist
}

fn merge_sorted(runs: Vec<Vec<i32>>) -> Vec<i32> {
    let mut heap = BinaryHeap::with_capacity(runs.len());
    for (i, run) in runs.iter().enumerate() {
        if let Some(&first) = run.first() {
            heap.push(Reverse((first, i, 0usize)));
        }
    }
    let mut out = Vec::new();
    while let Some(Reverse((val, run, idx))) = heap.pop() {
        out.push(val);
        if let Some(&next) = runs[run].get(idx + 1) {
            heap.push(Reverse((next, run, idx + 1)));
        }
    }
    out
}

struct Median {
    low: BinaryHeap<i64>,
    high: BinaryHeap<Reverse<i64>>,
}

impl Median {
    fn add(&mut self, x: i64) {
        if self.low.peek().map_or(true, |&top| x <= top) {
            self.low.push(x);
        } else {
            self.high.push(Reverse(x));
        }
        if self.low.len() > self.high.len() + 1 {
            let v = self.low.pop().unwrap();
            self.high.push(Reverse(v));
        } else if self.high.len() > self.low.len() {
            let Reverse(v) = self.high.pop().unwrap();
            self.low.push(v);
        }
    }
    fn median(&self) -> f64 {
        if self.low.len() > self.high.len() {
            *self.low.peek().unwrap() as f64
        } else {
            (*self.low.peek().unwrap() + self.high.peek().unwrap().0) as f64 / 2.0
        }
    }
}

fn top_k(words: &[&str], k: usize) -> Vec<(usize, String)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for w in words {
        match counts.iter_mut().find(|(s, _)| s == w) {
            Some(entry) => entry.1 += 1,
            None => counts.push((w.to_string(), 1)),
        }
    }
    let mut heap: BinaryHeap<Reverse<(usize, String)>> = BinaryHeap::new();
    for (w, c) in counts {
        heap.push(Reverse((c, w)));
        if heap.len() > k {
            heap.pop();
        }
    }
    let mut res: Vec<(usize, String)> = heap.into_iter().map(|Reverse(x)| x).collect();
    res.sort_by(|a, b| b.cmp(a));
    res
}

fn main() {
    let adj = vec![
        vec![(1, 4), (2, 1)],
        vec![(3, 1)],
        vec![(1, 2), (3, 5)],
        vec![(4, 3)],
        vec![],
        vec![(0, 1)],
    ];
    let d = dijkstra(&adj, 0);
    for (i, x) in d.iter().enumerate() {
        match x {
            Some(v) => println!("node {i}: {v}"),
            None => println!("node {i}: unreachable"),
        }
    }
    let merged = merge_sorted(vec![vec![1, 4, 9], vec![2, 3, 10, 11], vec![], vec![0, 5]]);
    println!("merged: {:?}", merged);

    let mut m = Median { low: BinaryHeap::new(), high: BinaryHeap::new() };
    for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2] {
        m.add(x);
        println!("after {x:>2}: median {}", m.median());
    }
    println!("low {:?}", m.low);
    println!("high {:?}", m.high);

    let text = "the cat and the dog and the bird saw a cat";
    let words: Vec<&str> = text.split(' ').collect();
    println!("top 3: {:?}", top_k(&words, 3));

    // heap sort by hand
    let mut h: BinaryHeap<char> = "heapsort".chars().collect();
    println!("heap of chars {:?} len {}", h, h.len());
    let mut out = String::new();
    while let Some(c) = h.pop() {
        out.push(c);
    }
    println!("descending: {out}");
    let floats: Vec<u64> = vec![3, 30, 34, 5, 9];
    let mut byrev = BinaryHeap::from(floats.iter().map(|&x| Reverse(x)).collect::<Vec<_>>());
    if let Some(mut smallest) = byrev.peek_mut() {
        smallest.0 = 100;
    }
    println!("after peek_mut: {:?}", byrev.into_sorted_vec());
}
