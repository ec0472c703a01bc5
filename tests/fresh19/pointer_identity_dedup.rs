// Deduplicating by identity (address) instead of by value,
// using HashSet<*const T> and BTreeMap<*const T, _>.
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, PartialEq)]
struct Item {
    label: &'static str,
    weight: u32,
}

fn main() {
    let items = [
        Item { label: "apple", weight: 3 },
        Item { label: "pear", weight: 5 },
        Item { label: "apple", weight: 3 }, // equal value, different object
        Item { label: "plum", weight: 1 },
    ];

    // a list of references where some point at the same element
    let picks: Vec<&Item> = vec![&items[0], &items[2], &items[1], &items[0], &items[3], &items[1], &items[0]];

    let mut seen: HashSet<*const Item> = HashSet::new();
    let mut unique_by_identity = Vec::new();
    for r in &picks {
        if seen.insert(*r as *const Item) {
            unique_by_identity.push(*r);
        }
    }
    println!("picks: {}", picks.len());
    println!("unique by identity: {}", unique_by_identity.len());
    let mut unique_by_value: Vec<&Item> = Vec::new();
    for r in &picks {
        if !unique_by_value.iter().any(|u| *u == *r) {
            unique_by_value.push(r);
        }
    }
    println!("unique by value: {}", unique_by_value.len());
    println!("items[0] == items[2] by value: {}, by ptr: {}", items[0] == items[2], std::ptr::eq(&items[0], &items[2]));

    // count how often each element was picked; the BTreeMap orders keys by address,
    // which inside one array is the same as index order
    let mut counts: BTreeMap<*const Item, usize> = BTreeMap::new();
    for r in &picks {
        *counts.entry(*r as *const Item).or_insert(0) += 1;
    }
    let base = items.as_ptr();
    for (p, n) in &counts {
        let idx = unsafe { p.offset_from(base) };
        let item = unsafe { &**p };
        println!("index {} ({}, w={}) picked {} times", idx, item.label, item.weight, n);
    }

    // addresses are increasing along the array
    let addrs: Vec<usize> = items.iter().map(|it| it as *const Item as usize).collect();
    let sorted = addrs.windows(2).all(|w| w[0] < w[1]);
    println!("addresses strictly increasing: {}", sorted);
    println!("gap between neighbours = {} bytes (size_of Item = {})", addrs[1] - addrs[0], std::mem::size_of::<Item>());

    // sort a shuffled list of pointers back into array order
    let mut ptrs: Vec<*const Item> = vec![&items[3], &items[0], &items[2], &items[1]];
    ptrs.sort();
    let order: Vec<isize> = ptrs.iter().map(|p| unsafe { p.offset_from(base) }).collect();
    println!("sorted pointer order as indices: {:?}", order);

    // a pointer that is not in the set
    let outsider = Item { label: "apple", weight: 3 };
    println!("outsider in set: {}", seen.contains(&(&outsider as *const Item)));
    println!("items[2] in set: {}", seen.contains(&(&items[2] as *const Item)));
}
