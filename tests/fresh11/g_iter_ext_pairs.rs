// Extension trait over Iterator with hand-written adapters,
// DoubleEndedIterator and ExactSizeIterator impls.
use std::fmt::Debug;

pub struct Pairs<I: Iterator> {
    inner: I,
    prev: Option<I::Item>,
}

impl<I> Iterator for Pairs<I>
where
    I: Iterator,
    I::Item: Clone,
{
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        if self.prev.is_none() {
            self.prev = self.inner.next();
        }
        let cur = self.inner.next()?;
        let prev = self.prev.replace(cur.clone())?;
        Some((prev, cur))
    }
}

pub struct StepBy2<I> {
    inner: I,
}

impl<I: Iterator> Iterator for StepBy2<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let item = self.inner.next();
        self.inner.next();
        item
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lo, hi) = self.inner.size_hint();
        ((lo + 1) / 2, hi.map(|h| (h + 1) / 2))
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for StepBy2<I> {}

pub struct Mirror<I> {
    inner: I,
}

impl<I: DoubleEndedIterator> Iterator for Mirror<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.inner.next_back()
    }
}

impl<I: DoubleEndedIterator> DoubleEndedIterator for Mirror<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.inner.next()
    }
}

pub trait IterExt: Iterator {
    fn pairs(self) -> Pairs<Self>
    where
        Self: Sized,
        Self::Item: Clone,
    {
        Pairs { inner: self, prev: None }
    }
    fn every_other(self) -> StepBy2<Self>
    where
        Self: Sized,
    {
        StepBy2 { inner: self }
    }
    fn mirror(self) -> Mirror<Self>
    where
        Self: Sized + DoubleEndedIterator,
    {
        Mirror { inner: self }
    }
    fn collect_debug(self) -> String
    where
        Self: Sized,
        Self::Item: Debug,
    {
        let parts: Vec<String> = self.map(|x| format!("{:?}", x)).collect();
        format!("[{}]", parts.join(", "))
    }
}

impl<I: Iterator> IterExt for I {}

fn main() {
    let nums = vec![1, 4, 9, 16, 25];
    let diffs: Vec<i32> = nums.iter().pairs().map(|(a, b)| b - a).collect();
    println!("diffs = {:?}", diffs);

    let words = ["alpha", "beta", "gamma", "delta"];
    println!("pairs = {}", words.iter().copied().pairs().collect_debug());

    let stepped = (0..11).every_other();
    println!("every_other len = {}", stepped.len());
    println!("every_other = {}", (0..11).every_other().collect_debug());

    let m: Vec<char> = "rust".chars().mirror().collect();
    println!("mirror = {:?}", m);
    let back: Vec<char> = "rust".chars().mirror().rev().collect();
    println!("mirror.rev = {:?}", back);

    let chained = (1..=10)
        .filter(|n| n % 3 != 0)
        .every_other()
        .pairs()
        .map(|(a, b)| a * b)
        .collect_debug();
    println!("chained = {}", chained);

    let empty: Vec<(u8, u8)> = std::iter::empty::<u8>().pairs().collect();
    println!("empty pairs = {:?}", empty);
    let single: Vec<(u8, u8)> = std::iter::once(7u8).pairs().collect();
    println!("single pairs = {:?}", single);

    let strings: Vec<String> = vec!["x".to_string(), "yy".into(), "zzz".into()];
    let joined: Vec<String> = strings
        .into_iter()
        .pairs()
        .map(|(a, b)| format!("{a}{b}"))
        .collect();
    println!("joined = {:?}", joined);
}
