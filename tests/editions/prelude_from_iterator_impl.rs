// editions: 2015 2018 2021 2024
// `impl FromIterator<..> for Inventory` without `use std::iter::FromIterator`: E0405 in 2015/2018,
// accepted from 2021 (FromIterator joined the prelude).
use std::collections::BTreeMap;

#[derive(Debug)]
struct Inventory {
    counts: BTreeMap<String, u32>,
}

impl<'a> FromIterator<&'a str> for Inventory {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        let mut counts = BTreeMap::new();
        for item in iter {
            *counts.entry(item.to_string()).or_insert(0) += 1;
        }
        Inventory { counts }
    }
}

impl Inventory {
    fn report(&self) {
        for (name, n) in &self.counts {
            println!("{:<8}{}", name, n);
        }
    }
}

fn main() {
    let scanned = "apple pear apple fig pear apple";
    let inv: Inventory = scanned.split_whitespace().collect();
    inv.report();
    let total: u32 = inv.counts.values().sum();
    println!("total {}", total);
}
