use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;
use std::iter::Peekable;

struct Runs<I: Iterator, K, F> { inner: Peekable<I>, key: F, _k: std::marker::PhantomData<K> }

impl<I, K, F> Iterator for Runs<I, K, F>
where
    I: Iterator,
    K: PartialEq,
    F: FnMut(&I::Item) -> K,
{
    type Item = (K, Vec<I::Item>);
    fn next(&mut self) -> Option<Self::Item> {
        let first = self.inner.next()?;
        let k = (self.key)(&first);
        let mut group = vec![first];
        while let Some(x) = self.inner.next_if(|x| (self.key)(x) == k) {
            group.push(x);
        }
        Some((k, group))
    }
}

struct Interleave<A, B> { a: A, b: B, flag: bool }

impl<T, A: Iterator<Item = T>, B: Iterator<Item = T>> Iterator for Interleave<A, B> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.flag = !self.flag;
        if self.flag { self.a.next().or_else(|| self.b.next()) } else { self.b.next().or_else(|| self.a.next()) }
    }
}

struct Pairwise<I: Iterator> { inner: I, prev: Option<I::Item> }

impl<I> Iterator for Pairwise<I>
where
    I: Iterator,
    I::Item: Clone,
{
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        if self.prev.is_none() {
            self.prev = self.inner.next();
        }
        let next = self.inner.next()?;
        let prev = self.prev.replace(next.clone())?;
        Some((prev, next))
    }
}

trait IterExt: Iterator + Sized {
    fn runs_by<K: PartialEq, F: FnMut(&Self::Item) -> K>(self, key: F) -> Runs<Self, K, F> {
        Runs { inner: self.peekable(), key, _k: std::marker::PhantomData }
    }
    fn interleave<B: Iterator<Item = Self::Item>>(self, b: B) -> Interleave<Self, B> {
        Interleave { a: self, b, flag: false }
    }
    fn pairwise(self) -> Pairwise<Self> where Self::Item: Clone {
        Pairwise { inner: self, prev: None }
    }
    fn counts(self) -> Vec<(Self::Item, usize)> where Self::Item: Hash + Eq + Ord {
        let mut m: HashMap<Self::Item, usize> = HashMap::new();
        for x in self { *m.entry(x).or_default() += 1; }
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }
    fn debug_join(self, sep: &str) -> String where Self::Item: Debug {
        self.map(|x| format!("{:?}", x)).collect::<Vec<_>>().join(sep)
    }
}
impl<I: Iterator> IterExt for I {}

fn evens_squared(limit: u32) -> impl Iterator<Item = u32> + Clone {
    (0..limit).filter(|n| n % 2 == 0).map(|n| n * n)
}

fn main() {
    let temps = [12, 13, 13, 15, 9, 8, 8, 8, 14, 16, 17, 11];
    let trend: Vec<(&str, usize)> = temps
        .iter()
        .pairwise()
        .runs_by(|(a, b)| if b > a { "up" } else if b < a { "down" } else { "flat" })
        .map(|(k, g)| (k, g.len()))
        .collect();
    println!("trend runs: {:?}", trend);
    let bands = temps.iter().runs_by(|&&t| t / 5).map(|(k, g)| format!("{}x{}", k * 5, g.len())).collect::<Vec<_>>();
    println!("bands: {}", bands.join(" "));

    let words = "apple avocado banana blueberry cherry cranberry date apricot";
    let by_letter: Vec<String> = words.split(' ').runs_by(|w| w.chars().next().unwrap()).map(|(c, ws)| format!("{}:{}", c, ws.join("+"))).collect();
    println!("{:?}", by_letter);

    let mixed: Vec<i32> = (1..=3).interleave(vec![10, 20, 30, 40, 50].into_iter()).collect();
    println!("interleave: {:?}", mixed);
    let letters: String = "ace".chars().interleave("BDFGH".chars()).collect();
    println!("letters: {}", letters);

    let sq = evens_squared(10);
    println!("evens squared: {} | sum {} | rev pairs {:?}", sq.clone().debug_join(","), sq.clone().sum::<u32>(), sq.pairwise().map(|(a, b)| b - a).collect::<Vec<_>>());

    let text = "the quick brown fox jumps over the lazy dog the end";
    let top = text.split_whitespace().counts();
    println!("top words: {:?}", &top[..3]);
    let lens = text.split_whitespace().map(str::len).counts();
    println!("length histogram: {}", lens.iter().debug_join(" "));

    let running: Vec<i32> = temps.iter().scan(0, |acc, &t| { *acc += t; Some(*acc) }).take_while(|&s| s < 100).collect();
    println!("running sums < 100: {:?}", running);
    let classes: Vec<&str> = temps
        .iter()
        .map(|&t| match t {
            t if matches!(t, 0..=9) => "cold",
            t if matches!(t, 10..=14 if t % 2 == 0) => "mild-even",
            10..=14 => "mild-odd",
            _ => "warm",
        })
        .collect();
    println!("classes: {}", classes.iter().runs_by(|c| **c).map(|(c, g)| format!("{}{}", c, g.len())).debug_join("/"));
    let pairs: Vec<(usize, char)> = ["ab", "", "cde"].iter().enumerate().flat_map(|(i, s)| s.chars().map(move |c| (i, c))).collect();
    println!("flat_map pairs: {:?}", pairs);
    let (small, big): (Vec<u32>, Vec<u32>) = evens_squared(20).partition(|&x| x < 50);
    println!("small {:?} big {:?} last-even-pos {:?}", small, big, big.iter().rev().enumerate().find(|(_, x)| *x % 3 == 0));
}
