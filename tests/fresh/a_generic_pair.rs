// Generic structs with conditional impls: Pair<T>, Wrapper<T> with Display bound, and a generic cache.
use std::collections::HashMap;
use std::fmt::{self, Debug, Display};
use std::hash::Hash;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

impl<T: PartialOrd + Display> Pair<T> {
    fn cmp_display(&self) -> String {
        if self.a >= self.b { format!("largest is a = {}", self.a) } else { format!("largest is b = {}", self.b) }
    }
}

impl<T: Display> Display for Pair<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}, {}>", self.a, self.b)
    }
}

struct Memo<K, V, F>
where
    F: Fn(&K) -> V,
{
    func: F,
    cache: HashMap<K, V>,
    hits: u32,
}

impl<K: Eq + Hash + Clone, V: Clone, F: Fn(&K) -> V> Memo<K, V, F> {
    fn new(func: F) -> Self {
        Memo { func, cache: HashMap::new(), hits: 0 }
    }
    fn get(&mut self, k: K) -> V {
        if let Some(v) = self.cache.get(&k) {
            self.hits += 1;
            return v.clone();
        }
        let v = (self.func)(&k);
        self.cache.insert(k, v.clone());
        v
    }
}

fn show_all<T: Debug>(items: &[T]) -> String {
    items.iter().map(|i| format!("{:?}", i)).collect::<Vec<_>>().join(" ; ")
}

fn zip_pairs<A: Clone, B: Clone>(xs: &[A], ys: &[B]) -> Vec<(A, B)> {
    xs.iter().cloned().zip(ys.iter().cloned()).collect()
}

fn main() {
    let p = Pair::new(3, 9);
    println!("{} -> {} ; {}", p, p.swap(), p.cmp_display());
    let q = Pair::new("kiwi".to_string(), "apple".to_string());
    println!("{} ; {}", q, q.cmp_display());
    let r = Pair::new(vec![1, 2], vec![3]);
    println!("{:?} swapped {:?}", r, r.clone().swap());
    println!("pairs equal after double swap: {}", p.swap().swap() == p);

    let mut slow_square = Memo::new(|n: &u64| {
        println!("  computing {}^2", n);
        n * n
    });
    let queries = [4, 7, 4, 4, 9, 7];
    let answers: Vec<u64> = queries.iter().map(|&q| slow_square.get(q)).collect();
    println!("answers {:?}, cache hits {}", answers, slow_square.hits);

    let mut word_len = Memo::new(|s: &String| s.chars().filter(|c| c.is_alphabetic()).count());
    for w in ["hello!", "rust-lang", "hello!"] {
        let n = word_len.get(w.to_string());
        println!("  letters in {:?} = {}", w, n);
    }
    let mut keys: Vec<&String> = word_len.cache.keys().collect();
    keys.sort();
    println!("cached keys: {:?} hits {}", keys, word_len.hits);

    println!("{}", show_all(&[Pair::new(1.5, 2.5), Pair::new(0.0, -1.0)]));
    println!("{:?}", zip_pairs(&["x", "y", "z"], &[true, false]));
}
