use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut a: BTreeMap<u32, char> = (0..60).map(|i| (i, (b'a' + (i % 26) as u8) as char)).collect();
    let b = a.split_off(&25);
    println!("a: len {} first {:?} last {:?}", a.len(), a.first_key_value(), a.last_key_value());
    println!("b: len {} first {:?} last {:?}", b.len(), b.first_key_value(), b.last_key_value());
    let mut c = a.split_off(&100);
    println!("split past end: {} {}", a.len(), c.len());
    let d = a.split_off(&0);
    println!("split at start: {} {}", a.len(), d.len());
    let mut a = d;
    let mut b = b;
    a.append(&mut b);
    println!("append: {} {} sorted {}", a.len(), b.len(), a.keys().zip(a.keys().skip(1)).all(|(x, y)| x < y));
    c.append(&mut a);
    println!("append into empty: {} {}", c.len(), a.len());
    let mut over: BTreeMap<u32, char> = [(5, 'X'), (70, 'Y'), (10, 'Z')].into();
    c.append(&mut over);
    println!("overlap: {:?} {:?} {:?} len {}", c.get(&5), c.get(&70), c.get(&10), c.len());

    // from array / iterator with duplicate keys: last value wins
    let dup = BTreeMap::from([(3, "c"), (1, "a"), (3, "C"), (2, "b"), (1, "A")]);
    println!("{:?}", dup);
    let dup2: BTreeMap<i32, i32> = vec![(1, 1), (1, 2), (0, 0), (1, 3)].into_iter().collect();
    println!("{:?}", dup2);

    // extract_if
    let mut m: BTreeMap<i32, i32> = (0..40).map(|i| (i, i * i)).collect();
    let taken: Vec<(i32, i32)> = m.extract_if(10..30, |k, v| {
        *v += 1;
        k % 4 == 0
    }).collect();
    println!("extracted {:?}", taken);
    println!("left {} items, 11 -> {:?}, 12 -> {:?}", m.len(), m.get(&11), m.get(&12));
    {
        let mut ex = m.extract_if(.., |k, _| *k >= 35);
        println!("first extracted {:?} hint {:?}", ex.next(), ex.size_hint());
    }
    println!("after partial extract: {}", m.len());

    // into_keys / into_values / into_iter
    let small: BTreeMap<&str, i32> = [("x", 1), ("y", 2), ("z", 3)].into_iter().collect();
    println!("{:?}", small.clone().into_keys().collect::<Vec<_>>());
    println!("{:?}", small.clone().into_values().rev().collect::<Vec<_>>());
    let mut it = small.clone().into_iter();
    println!("{:?} {:?} {:?}", it.len(), it.next(), it.size_hint());
    println!("{:?}", it);
    let v: Vec<_> = small.iter().collect();
    println!("{:?}", v);

    // extend by value and by reference
    let mut e = BTreeMap::new();
    e.extend([(2, 20), (1, 10)]);
    e.extend(&BTreeMap::from([(3, 30), (1, 11)]));
    println!("{:?}", e);

    // sets built in bulk
    let s: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?}", s);
    let t: BTreeSet<String> = ["b", "a", "c", "a"].iter().map(|x| x.to_string()).collect();
    println!("{:?} {}", t, t.len());
}
