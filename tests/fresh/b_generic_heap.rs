use std::fmt::Debug;

#[derive(Debug)]
struct MinHeap<T> {
    data: Vec<T>,
}

impl<T: Ord + Debug> MinHeap<T> {
    fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    fn len(&self) -> usize {
        self.data.len()
    }

    fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] < self.data[parent] {
                self.data.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut smallest = i;
            if l < n && self.data[l] < self.data[smallest] {
                smallest = l;
            }
            if r < n && self.data[r] < self.data[smallest] {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.data.swap(i, smallest);
            i = smallest;
        }
        top
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

fn is_heap<T: Ord>(v: &[T]) -> bool {
    (1..v.len()).all(|i| v[(i - 1) / 2] <= v[i])
}

fn main() {
    let mut h = MinHeap::new();
    for x in [5, 3, 8, 1, 9, 2, 7, 1, 6] {
        h.push(x);
        println!("push {} -> {:?} (valid: {})", x, h.data, is_heap(&h.data));
    }
    println!("len {} peek {:?}", h.len(), h.peek());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("popped: {:?}, empty now: {}", out, h.is_empty());

    let words: MinHeap<&str> = "the quick brown fox jumps over the lazy dog".split(' ').collect();
    let sorted: Vec<&str> = words.collect();
    println!("words: {:?}", sorted);

    let jobs: MinHeap<(u8, String)> = vec![(3, "c".to_string()), (1, "a".to_string()), (2, "b".to_string()), (1, "aa".into())].into_iter().collect();
    for (p, name) in jobs.take(3) {
        println!("job {} prio {}", name, p);
    }
    let total: i64 = [-4i64, 10, -7, 3].into_iter().collect::<MinHeap<_>>().take(2).sum();
    println!("two smallest sum: {}", total);
}
