// Own collection with FromIterator, Extend, IntoIterator (owned + borrowed).
use std::fmt;

#[derive(Clone, PartialEq)]
pub struct SortedVec<T: Ord> {
    items: Vec<T>,
}

impl<T: Ord> SortedVec<T> {
    pub fn new() -> Self {
        SortedVec { items: Vec::new() }
    }
    pub fn insert(&mut self, value: T) -> usize {
        let idx = match self.items.binary_search(&value) {
            Ok(i) | Err(i) => i,
        };
        self.items.insert(idx, value);
        idx
    }
    pub fn contains(&self, value: &T) -> bool {
        self.items.binary_search(value).is_ok()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }
    pub fn min(&self) -> Option<&T> {
        self.items.first()
    }
    pub fn max(&self) -> Option<&T> {
        self.items.last()
    }
    pub fn dedup(&mut self) {
        self.items.dedup();
    }
}

impl<T: Ord> Default for SortedVec<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Ord> FromIterator<T> for SortedVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut items: Vec<T> = iter.into_iter().collect();
        items.sort();
        SortedVec { items }
    }
}

impl<T: Ord> Extend<T> for SortedVec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }
}

impl<'a, T: Ord + Copy + 'a> Extend<&'a T> for SortedVec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl<T: Ord> IntoIterator for SortedVec<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T: Ord> IntoIterator for &'a SortedVec<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: Ord + fmt::Debug> fmt::Debug for SortedVec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.items.iter()).finish()
    }
}

fn summarize<'a, C, T>(c: &'a C) -> String
where
    &'a C: IntoIterator<Item = &'a T>,
    T: fmt::Display + 'a,
{
    c.into_iter().map(|t| t.to_string()).collect::<Vec<_>>().join("<")
}

fn main() {
    let mut sv: SortedVec<i32> = vec![5, 3, 9, 1, 3].into_iter().collect();
    println!("collected: {:?}", sv);
    let pos = sv.insert(4);
    println!("inserted 4 at {}", pos);
    sv.extend(vec![10, 0]);
    sv.extend(&[2, 2, 8]);
    println!("extended: {:?} (len {})", sv, sv.len());
    println!("contains 8? {} contains 7? {}", sv.contains(&8), sv.contains(&7));
    println!("min={:?} max={:?}", sv.min(), sv.max());
    sv.dedup();
    println!("dedup: {}", summarize(&sv));

    let mut total = 0;
    for x in &sv {
        total += *x;
    }
    println!("sum via &sv = {}", total);

    let words: SortedVec<String> = "pear apple fig banana"
        .split_whitespace()
        .map(String::from)
        .collect();
    println!("words: {:?}", words);
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("lens: {:?}", lens);
    let upper: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("upper: {:?}", upper);

    let empty: SortedVec<u8> = SortedVec::default();
    println!("empty: {:?} min={:?}", empty, empty.min());
    let clone = sv.clone();
    println!("clone equal? {}", clone == sv);
}
