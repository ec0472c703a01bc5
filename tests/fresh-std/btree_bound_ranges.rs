use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound::{self, Excluded, Included, Unbounded};

fn show(m: &BTreeMap<u32, char>, lo: Bound<u32>, hi: Bound<u32>) {
    let keys: Vec<u32> = m.range((lo, hi)).map(|(k, _)| *k).collect();
    println!("{:?} .. {:?} -> {:?}", lo, hi, keys);
}

fn main() {
    let m: BTreeMap<u32, char> = (0..26).map(|i| (i * 4, (b'a' + i as u8) as char)).collect();
    show(&m, Excluded(20), Included(40));
    show(&m, Excluded(85), Unbounded);
    show(&m, Unbounded, Excluded(9));
    show(&m, Included(13), Excluded(14));
    show(&m, Excluded(96), Unbounded);

    let mut words: BTreeMap<String, usize> = BTreeMap::new();
    for (i, w) in ["delta", "alpha", "echo", "charlie", "bravo", "foxtrot"].iter().enumerate() {
        words.insert(w.to_string(), i);
    }
    let mid: Vec<_> = words.range::<str, _>((Included("b"), Excluded("e"))).collect();
    println!("b..e: {:?}", mid);
    for (_, v) in words.range_mut::<str, _>((Excluded("charlie"), Unbounded)) {
        *v *= 10;
    }
    println!("{:?}", words);

    let s: BTreeSet<i64> = (-10..10).collect();
    println!("{:?}", s.range((Excluded(-3), Included(3))).collect::<Vec<_>>());
    println!("{:?}", s.range((Included(&5), Unbounded)).rev().collect::<Vec<_>>());
    let lo = 4;
    println!("{:?}", s.range((Excluded(lo), Excluded(lo))).count());
}
