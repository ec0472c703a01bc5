// A custom collection implementing FromIterator and Extend.
use std::collections::BTreeMap;
use std::fmt;
use std::iter::FromIterator;

#[derive(Debug, Default)]
struct SortedBag<T: Ord> {
    items: Vec<T>,
}

impl<T: Ord> SortedBag<T> {
    fn insert(&mut self, item: T) {
        let pos = match self.items.binary_search(&item) {
            Ok(p) | Err(p) => p,
        };
        self.items.insert(pos, item);
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn min(&self) -> Option<&T> {
        self.items.first()
    }
    fn max(&self) -> Option<&T> {
        self.items.last()
    }
    fn count(&self, item: &T) -> usize {
        self.items.iter().filter(|x| *x == item).count()
    }
}

impl<T: Ord> FromIterator<T> for SortedBag<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut bag = SortedBag { items: Vec::new() };
        for x in iter {
            bag.insert(x);
        }
        bag
    }
}

impl<T: Ord> Extend<T> for SortedBag<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }
}

impl<T: Ord + fmt::Display> fmt::Display for SortedBag<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{")?;
        for (i, x) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", x)?;
        }
        write!(f, "}}")
    }
}

fn histogram(bag: &SortedBag<char>) -> BTreeMap<char, usize> {
    let mut map = BTreeMap::new();
    for c in &bag.items {
        *map.entry(*c).or_insert(0) += 1;
    }
    map
}

fn main() {
    let nums: SortedBag<i32> = vec![5, 3, 9, 3, -1, 7].into_iter().collect();
    println!("{} (len {})", nums, nums.len());
    let mut nums = nums;
    nums.extend([4, 3, 10]);
    nums.extend(vec![0; 2]);
    println!("{} (len {})", nums, nums.len());
    println!("min={:?} max={:?} threes={}", nums.min(), nums.max(), nums.count(&3));

    let letters: SortedBag<char> = "mississippi".chars().collect();
    println!("{}", letters);
    let hist = histogram(&letters);
    println!("{:?}", hist);

    let mut words: SortedBag<String> = "the quick brown fox".split(' ').map(String::from).collect();
    words.extend("jumps over the lazy dog".split_whitespace().map(|s| s.to_string()));
    println!("{}", words);
    println!("the x{}", words.count(&"the".to_string()));
    let empty: SortedBag<u8> = SortedBag::default();
    println!("{:?} {} {:?}", empty, empty, empty.min());
}
