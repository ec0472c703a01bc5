// HashSet algebra: union, intersection, differences, the operators, subset tests, get/take/replace.
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

fn sorted<T: Ord + Clone>(it: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = it.collect();
    v.sort();
    v
}

#[derive(Debug, Clone)]
struct Tagged {
    id: u32,
    label: &'static str,
}

impl PartialEq for Tagged {
    fn eq(&self, other: &Tagged) -> bool { self.id == other.id }
}
impl Eq for Tagged {}
impl Hash for Tagged {
    fn hash<H: Hasher>(&self, state: &mut H) { self.id.hash(state); }
}

fn main() {
    let evens: HashSet<u32> = (0..20).filter(|n| n % 2 == 0).collect();
    let threes: HashSet<u32> = (0..20).filter(|n| n % 3 == 0).collect();
    let small = HashSet::from([0u32, 6, 12]);

    println!("union {:?}", sorted(evens.union(&threes).copied()));
    println!("intersection {:?}", sorted(evens.intersection(&threes).copied()));
    println!("difference {:?}", sorted(evens.difference(&threes).copied()));
    println!("symmetric {:?}", sorted(evens.symmetric_difference(&threes).copied()));
    println!("union count {} intersection count {}", evens.union(&threes).count(), threes.intersection(&evens).count());

    println!("| {:?}", sorted((&evens | &threes).into_iter()));
    println!("& {:?}", sorted((&evens & &threes).into_iter()));
    println!("- {:?}", sorted((&threes - &evens).into_iter()));
    println!("^ {:?}", sorted((&threes ^ &evens).into_iter()));

    println!("small <= evens: {}, small <= threes: {}, evens >= small: {}", small.is_subset(&evens), small.is_subset(&threes), evens.is_superset(&small));
    let odds: HashSet<u32> = (0..20).filter(|n| n % 2 == 1).collect();
    println!("disjoint evens/odds {} evens/threes {}", evens.is_disjoint(&odds), evens.is_disjoint(&threes));
    println!("eq {} ne {}", small == HashSet::from([12, 6, 0]), small == evens);

    // get/take/replace see which of two equal values is stored.
    let mut tags: HashSet<Tagged> = HashSet::new();
    println!("insert first: {}", tags.insert(Tagged { id: 1, label: "first" }));
    println!("insert dup: {}", tags.insert(Tagged { id: 1, label: "second" }));
    println!("stored: {:?}", tags.get(&Tagged { id: 1, label: "?" }).map(|t| t.label));
    println!("replace: {:?}", tags.replace(Tagged { id: 1, label: "third" }).map(|t| t.label));
    println!("stored: {:?}", tags.get(&Tagged { id: 1, label: "?" }).map(|t| t.label));
    println!("replace new: {:?}", tags.replace(Tagged { id: 2, label: "two" }));
    println!("take 1: {:?}", tags.take(&Tagged { id: 1, label: "" }));
    println!("take 1 again: {:?}", tags.take(&Tagged { id: 1, label: "" }));
    println!("left: {:?}", tags);

    // Strings looked up by &str.
    let mut names: HashSet<String> = ["ann", "bob", "cy"].iter().map(|s| s.to_string()).collect();
    println!("contains bob {} dan {}", names.contains("bob"), names.contains("dan"));
    println!("remove cy {} remove cy {}", names.remove("cy"), names.remove("cy"));
    names.extend(vec![String::from("dan"), String::from("ann")]);
    println!("names {:?}", sorted(names.iter().cloned()));
    let mut chars: HashSet<char> = HashSet::new();
    chars.extend("hello world".chars());
    chars.extend(&['x', 'y', 'h']);
    println!("chars {:?} len {}", sorted(chars.iter().copied()), chars.len());
    chars.retain(|c| c.is_alphabetic() && *c < 'o');
    println!("retained {:?}", sorted(chars.into_iter()));
}
