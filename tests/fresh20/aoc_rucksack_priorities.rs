use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

const INPUT: &str = "
vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw
";

trait Scored {
    const BASE_LOWER: u32;
    const BASE_UPPER: u32;
    fn priority(&self) -> u32;
    fn total<'a, I>(items: I) -> u32
    where
        I: IntoIterator<Item = &'a Self>,
        Self: 'a,
    {
        items.into_iter().map(|x| x.priority()).sum()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Item(char);

impl Scored for Item {
    const BASE_LOWER: u32 = 1;
    const BASE_UPPER: u32 = 27;
    fn priority(&self) -> u32 {
        match self.0 {
            c @ 'a'..='z' => c as u32 - 'a' as u32 + Self::BASE_LOWER,
            c @ 'A'..='Z' => c as u32 - 'A' as u32 + Self::BASE_UPPER,
            _ => 0,
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}({:>2})", self.0, self.priority())
    }
}

struct Rucksack<'a> {
    raw: &'a str,
}

impl<'a> Rucksack<'a> {
    fn compartments(&self) -> (BTreeSet<Item>, BTreeSet<Item>) {
        let (l, r) = self.raw.split_at(self.raw.len() / 2);
        (l.chars().map(Item).collect(), r.chars().map(Item).collect())
    }
    fn all(&self) -> BTreeSet<Item> {
        self.raw.chars().map(Item).collect()
    }
    fn shared(&self) -> Option<Item> {
        let (a, b) = self.compartments();
        a.intersection(&b).next().copied()
    }
}

fn common_of_group(group: &[Rucksack]) -> Option<Item> {
    let mut iter = group.iter().map(|r| r.all());
    let first = iter.next()?;
    iter.fold(first, |acc, s| acc.intersection(&s).copied().collect())
        .into_iter()
        .next()
}

fn main() {
    let sacks: Vec<Rucksack> = INPUT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|raw| Rucksack { raw })
        .collect();
    let mut shared = Vec::new();
    for (i, s) in sacks.iter().enumerate() {
        let item = s.shared().expect("every sack shares one item");
        let (a, b) = s.compartments();
        println!("sack {i}: len={:>2} uniq=({:>2},{:>2}) shared {}", s.raw.len(), a.len(), b.len(), item);
        shared.push(item);
    }
    println!("part 1 = {}", Item::total(&shared));
    let badges: Vec<Item> = sacks.chunks(3).filter_map(common_of_group).collect();
    for b in &badges {
        println!("badge {}", b);
    }
    println!("part 2 = {}", Item::total(badges.iter()));

    let mut freq: BTreeMap<char, usize> = BTreeMap::new();
    for s in &sacks {
        for it in s.all() {
            *freq.entry(it.0.to_ascii_lowercase()).or_default() += 1;
        }
    }
    let popular: Vec<String> = freq
        .iter()
        .filter(|&(_, &n)| n >= 4)
        .map(|(c, n)| format!("{c}:{n}"))
        .collect();
    println!("letters in >=4 sacks: {}", popular.join(" "));
    let all_items: BTreeSet<Item> = sacks.iter().flat_map(|s| s.all()).collect();
    let upper: Vec<char> = all_items.range(Item('A')..=Item('Z')).map(|i| i.0).collect();
    println!("distinct uppercase: {}", upper.iter().collect::<String>());
}
