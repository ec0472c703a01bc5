use std::fmt::{self, Debug, Display};

#[derive(Debug, Clone, Default)]
pub struct CustomSet<T> {
    items: Vec<T>,
}

impl<T: Ord + Clone> PartialEq for CustomSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl<T: Ord + Clone> CustomSet<T> {
    pub fn new(input: &[T]) -> Self {
        let mut items = input.to_vec();
        items.sort();
        items.dedup();
        CustomSet { items }
    }
    pub fn contains(&self, e: &T) -> bool {
        self.items.binary_search(e).is_ok()
    }
    pub fn add(&mut self, e: T) {
        if let Err(pos) = self.items.binary_search(&e) {
            self.items.insert(pos, e);
        }
    }
    pub fn is_subset(&self, other: &Self) -> bool {
        self.items.iter().all(|x| other.contains(x))
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn is_disjoint(&self, other: &Self) -> bool {
        !self.items.iter().any(|x| other.contains(x))
    }
    #[must_use]
    pub fn intersection(&self, other: &Self) -> Self {
        self.filtered(|x| other.contains(x))
    }
    #[must_use]
    pub fn difference(&self, other: &Self) -> Self {
        self.filtered(|x| !other.contains(x))
    }
    #[must_use]
    pub fn union(&self, other: &Self) -> Self {
        let mut all = self.items.clone();
        all.extend(other.items.iter().cloned());
        Self::new(&all)
    }
    fn filtered(&self, keep: impl Fn(&T) -> bool) -> Self {
        CustomSet { items: self.items.iter().filter(|x| keep(x)).cloned().collect() }
    }
}

impl<T: Display> Display for CustomSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{")?;
        for (i, x) in self.items.iter().enumerate() {
            if i > 0 { write!(f, ", ")?; }
            write!(f, "{x}")?;
        }
        write!(f, "}}")
    }
}

impl<T: Ord + Clone> FromIterator<T> for CustomSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let v: Vec<T> = iter.into_iter().collect();
        Self::new(&v)
    }
}

fn report<T: Ord + Clone + Display + Debug>(a: &CustomSet<T>, b: &CustomSet<T>) {
    println!("A={a} B={b}");
    println!("  A∪B={} A∩B={} A-B={} B-A={}", a.union(b), a.intersection(b), a.difference(b), b.difference(a));
    println!("  A⊆B={} disjoint={} equal={}", a.is_subset(b), a.is_disjoint(b), a == b);
}

fn main() {
    let a = CustomSet::new(&[3, 1, 2, 3, 5]);
    let b: CustomSet<i32> = (2..=6).filter(|n| n % 2 == 0).collect();
    report(&a, &b);
    report(&CustomSet::new(&[1, 2]), &CustomSet::new(&[2, 1, 1, 3]));
    let w1: CustomSet<&str> = "the cat sat on the mat".split(' ').collect();
    let w2: CustomSet<&str> = "a dog sat on a log".split(' ').collect();
    report(&w1, &w2);

    let mut c = CustomSet::<char>::default();
    assert!(c.is_empty());
    for ch in "mississippi".chars() { c.add(ch); }
    println!("letters of mississippi: {c}");
    assert_eq!(c, CustomSet::new(&['i', 'm', 'p', 's']));
    assert!(c.contains(&'p') && !c.contains(&'x'));
    println!("custom set asserts ok");
}
