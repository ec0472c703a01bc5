use std::cmp::Reverse;
use std::fmt::Debug;

struct MinHeap<T> {
    items: Vec<T>,
}

impl<T: Ord + Debug> MinHeap<T> {
    fn new() -> Self {
        MinHeap { items: Vec::new() }
    }
    fn push(&mut self, value: T) {
        self.items.push(value);
        let mut i = self.items.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.items[i] < self.items[parent] {
                self.items.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }
    fn pop(&mut self) -> Option<T> {
        if self.items.is_empty() {
            return None;
        }
        let last = self.items.len() - 1;
        self.items.swap(0, last);
        let top = self.items.pop();
        let n = self.items.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < n && self.items[l] < self.items[smallest] {
                smallest = l;
            }
            if r < n && self.items[r] < self.items[smallest] {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.items.swap(i, smallest);
            i = smallest;
        }
        top
    }
    fn peek(&self) -> Option<&T> {
        self.items.first()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

impl<T: Ord + Debug> FromIterator<T> for MinHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut h = MinHeap::new();
        for x in iter {
            h.push(x);
        }
        h
    }
}

impl<T: Ord + Debug> Iterator for MinHeap<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.pop()
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: u8,
    name: String,
}

fn k_largest<T>(xs: &[T], k: usize) -> Vec<T>
where
    T: Ord + Copy + Debug,
{
    let mut h: MinHeap<T> = MinHeap::new();
    for &x in xs {
        h.push(x);
        if h.len() > k {
            h.pop();
        }
    }
    let mut v: Vec<T> = h.collect();
    v.reverse();
    v
}

fn main() {
    let nums = [42, 7, 19, 3, 88, 7, 51, -4, 0, 23];
    let sorted: Vec<i32> = nums.iter().copied().collect::<MinHeap<_>>().collect();
    println!("heap sort: {:?}", sorted);
    let desc: Vec<i32> = nums.iter().map(|&n| Reverse(n)).collect::<MinHeap<_>>().map(|Reverse(n)| n).collect();
    println!("descending: {:?}", desc);
    println!("top 3: {:?}", k_largest(&nums, 3));
    println!("top 3 chars: {:?}", k_largest(&['q', 'a', 'z', 'm', 'b'], 3));
    let mut tasks = MinHeap::new();
    for (p, n) in [(3, "write docs"), (1, "fix prod bug"), (2, "review PR"), (1, "answer pager"), (5, "lunch")] {
        tasks.push(Task { priority: p, name: n.to_string() });
    }
    println!("next up: {:?}", tasks.peek().map(|t| &t.name));
    let mut order = 1;
    while let Some(Task { priority, name }) = tasks.pop() {
        println!("{order:>2}. [p{priority}] {name}");
        order += 1;
    }
    println!("empty pop: {:?}", tasks.pop());
    let words: MinHeap<(usize, &str)> = "the quick brown fox jumps over a lazy dog".split(' ').map(|w| (w.len(), w)).collect();
    let grouped: Vec<String> = words.map(|(l, w)| format!("{l}:{w}")).collect();
    println!("{}", grouped.join(" "));
}
