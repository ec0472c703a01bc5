use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

// A Collatz sequence iterator
struct Collatz {
    cur: Option<u64>,
}

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let v = self.cur?;
        self.cur = match v {
            1 => None,
            n if n % 2 == 0 => Some(n / 2),
            n => Some(3 * n + 1),
        };
        Some(v)
    }
}

// Fibonacci-like with generic state
struct Unfold<S, F> {
    state: S,
    f: F,
}

impl<S: Copy, F: FnMut(S) -> Option<S>> Iterator for Unfold<S, F> {
    type Item = S;
    fn next(&mut self) -> Option<S> {
        let out = self.state;
        self.state = (self.f)(out)?;
        Some(out)
    }
}

trait Container {
    type Key;
    type Value;
    fn get_value(&self, k: &Self::Key) -> Option<&Self::Value>;
    fn keys_sorted(&self) -> Vec<&Self::Key>;
}

impl<K: Ord + Hash, V> Container for HashMap<K, V> {
    type Key = K;
    type Value = V;
    fn get_value(&self, k: &K) -> Option<&V> { self.get(k) }
    fn keys_sorted(&self) -> Vec<&K> {
        let mut ks: Vec<&K> = self.keys().collect();
        ks.sort();
        ks
    }
}

impl<V> Container for Vec<V> {
    type Key = usize;
    type Value = V;
    fn get_value(&self, k: &usize) -> Option<&V> { self.get(*k) }
    fn keys_sorted(&self) -> Vec<&usize> { Vec::new() }
}

fn dump<C>(c: &C, probe: C::Key) -> String
where
    C: Container,
    C::Key: Debug,
    C::Value: Debug,
{
    format!("keys={:?} probe {:?} -> {:?}", c.keys_sorted(), probe, c.get_value(&probe))
}

trait Summary {
    fn summarize(&self) -> String;
}

impl<I, T> Summary for I
where
    I: Clone + Iterator<Item = T>,
    T: Into<f64> + Copy,
{
    fn summarize(&self) -> String {
        let (n, sum, max) = self.clone().fold((0usize, 0.0f64, f64::MIN), |(n, s, m), x| {
            let x: f64 = x.into();
            (n + 1, s + x, m.max(x))
        });
        format!("n={} mean={:.3} max={}", n, if n > 0 { sum / n as f64 } else { 0.0 }, max)
    }
}

fn main() {
    let c: Vec<u64> = Collatz { cur: Some(27) }.collect();
    println!("collatz(27): {} steps, peak {}", c.len() - 1, c.iter().max().unwrap());
    let lens: Vec<(u64, usize)> = (1..=10).map(|n| (n, Collatz { cur: Some(n) }.count())).collect();
    println!("{:?}", lens);
    let fib = Unfold { state: (0u64, 1u64), f: |(a, b): (u64, u64)| b.checked_add(a).map(|s| (b, s)) };
    let fibs: Vec<u64> = fib.map(|(a, _)| a).skip(10).take(5).collect();
    println!("fib[10..15] = {:?}", fibs);
    let all = Unfold { state: (0u64, 1u64), f: |(a, b): (u64, u64)| b.checked_add(a).map(|s| (b, s)) }.count();
    println!("fibs before u64 overflow: {}", all);
    let pow2 = Unfold { state: 1u32, f: |x: u32| x.checked_mul(2) };
    println!("last pow2 in u32: {:?}", pow2.last());

    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("pear", 3);
    stock.insert("apple", 7);
    stock.insert("fig", 0);
    println!("{}", dump(&stock, "apple"));
    println!("{}", dump(&stock, "kiwi"));
    println!("{}", dump(&vec!['x', 'y'], 1));

    println!("{}", [1.5f32, 2.5, 4.0].iter().copied().summarize());
    println!("{}", (1u8..=10).summarize());
    println!("{}", vec![3i32, -7, 12].into_iter().summarize());
    println!("{}", std::iter::empty::<u16>().summarize());
}
