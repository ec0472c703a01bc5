use std::cmp::Ordering;
use std::fmt::{self, Display};

struct SortedList<T> {
    items: Vec<T>,
}

impl<T: Ord + Clone> SortedList<T> {
    fn new() -> Self {
        SortedList { items: Vec::new() }
    }

    fn insert(&mut self, item: T) -> usize {
        let idx = match self.items.binary_search(&item) {
            Ok(i) | Err(i) => i,
        };
        self.items.insert(idx, item);
        idx
    }

    fn remove(&mut self, item: &T) -> bool {
        match self.items.binary_search(item) {
            Ok(i) => {
                self.items.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    fn contains(&self, item: &T) -> bool {
        self.items.binary_search(item).is_ok()
    }

    fn range_count(&self, lo: &T, hi: &T) -> usize {
        let start = self.items.partition_point(|x| x < lo);
        let end = self.items.partition_point(|x| x <= hi);
        end.saturating_sub(start)
    }

    fn merge(&self, other: &SortedList<T>) -> SortedList<T> {
        let (mut i, mut j) = (0, 0);
        let mut out = Vec::with_capacity(self.items.len() + other.items.len());
        while i < self.items.len() && j < other.items.len() {
            match self.items[i].cmp(&other.items[j]) {
                Ordering::Less | Ordering::Equal => {
                    out.push(self.items[i].clone());
                    i += 1;
                }
                Ordering::Greater => {
                    out.push(other.items[j].clone());
                    j += 1;
                }
            }
        }
        out.extend_from_slice(&self.items[i..]);
        out.extend_from_slice(&other.items[j..]);
        SortedList { items: out }
    }

    fn median(&self) -> Option<&T> {
        self.items.get(self.items.len() / 2)
    }
}

impl<T: Display> Display for SortedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, it) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", it)?;
        }
        write!(f, "]")
    }
}

fn main() {
    let mut list = SortedList::new();
    for x in [42, 7, 19, 7, 100, -3, 56, 0] {
        let at = list.insert(x);
        println!("insert {:>3} at {} -> {}", x, at, list);
    }
    println!("contains 19? {} contains 20? {}", list.contains(&19), list.contains(&20));
    println!("in [0, 50]: {}", list.range_count(&0, &50));
    println!("remove 7: {} -> {}", list.remove(&7), list);
    println!("remove 8: {} -> {}", list.remove(&8), list);
    println!("median: {:?}", list.median());

    let mut other = SortedList::new();
    for x in (1..=60).step_by(15) {
        other.insert(x);
    }
    println!("other: {}", other);
    println!("merged: {}", list.merge(&other));

    let mut names: SortedList<String> = SortedList::new();
    for n in ["mallory", "alice", "Bob", "carol", "alice"] {
        names.insert(n.to_string());
    }
    println!("names: {} median {:?}", names, names.median());
    let empty: SortedList<u8> = SortedList::new();
    println!("empty: {} median {:?} range {}", empty, empty.median(), empty.range_count(&1, &0));
}
