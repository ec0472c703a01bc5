// VecDeque-backed ring buffer with moving average, plus a round-robin scheduler.
use std::collections::VecDeque;

#[derive(Debug)]
struct Ring<T> {
    buf: VecDeque<T>,
    cap: usize,
    dropped: usize,
}

impl<T: Clone + std::fmt::Debug> Ring<T> {
    fn with_capacity(cap: usize) -> Self {
        Ring { buf: VecDeque::with_capacity(cap), cap, dropped: 0 }
    }
    fn push(&mut self, v: T) -> Option<T> {
        let evicted = if self.buf.len() == self.cap {
            self.dropped += 1;
            self.buf.pop_front()
        } else {
            None
        };
        self.buf.push_back(v);
        evicted
    }
    fn latest(&self, n: usize) -> Vec<T> {
        self.buf.iter().rev().take(n).cloned().collect()
    }
}

impl Ring<f64> {
    fn average(&self) -> Option<f64> {
        if self.buf.is_empty() {
            None
        } else {
            Some(self.buf.iter().sum::<f64>() / self.buf.len() as f64)
        }
    }
}

#[derive(Debug)]
struct Task {
    name: &'static str,
    remaining: u32,
}

fn round_robin(tasks: Vec<Task>, quantum: u32) -> Vec<(u32, &'static str)> {
    let mut queue: VecDeque<Task> = tasks.into();
    let mut clock = 0;
    let mut finished = Vec::new();
    while let Some(mut t) = queue.pop_front() {
        let run = t.remaining.min(quantum);
        clock += run;
        t.remaining -= run;
        if t.remaining == 0 {
            finished.push((clock, t.name));
        } else {
            queue.push_back(t);
        }
    }
    finished
}

fn main() {
    let mut r: Ring<f64> = Ring::with_capacity(4);
    for v in [3.0, 5.5, 1.0, 8.25, 4.0, 10.0, 2.0] {
        let ev = r.push(v);
        println!("push {:>5} evicted {:?} avg {:.3}", v, ev, r.average().unwrap());
    }
    println!("latest 3: {:?}", r.latest(3));
    println!("dropped: {}, contents: {:?}", r.dropped, r.buf);
    r.buf.rotate_left(1);
    println!("rotated: {:?}", r.buf);
    let (a, b) = r.buf.as_slices();
    println!("slices total len: {}", a.len() + b.len());
    r.buf.make_contiguous().sort_by(|x, y| x.partial_cmp(y).unwrap());
    println!("sorted: {:?}", r.buf);
    println!("front={:?} back={:?} [1]={}", r.buf.front(), r.buf.back(), r.buf[1]);

    let mut words: Ring<String> = Ring::with_capacity(2);
    for w in "alpha beta gamma delta".split(' ') {
        if let Some(old) = words.push(w.to_string()) {
            println!("forgot {}", old);
        }
    }
    println!("{:?}", words);

    let tasks = vec![
        Task { name: "compile", remaining: 7 },
        Task { name: "test", remaining: 3 },
        Task { name: "lint", remaining: 1 },
        Task { name: "deploy", remaining: 5 },
    ];
    for (t, name) in round_robin(tasks, 2) {
        println!("t={:>2} done {}", t, name);
    }
    let mut dq: VecDeque<i32> = (1..=5).collect();
    dq.push_front(0);
    dq.retain(|x| x % 2 == 0);
    dq.extend([8, 10]);
    println!("{:?} contains 4: {}", dq, dq.contains(&4));
}
