use std::cmp::Reverse;
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Version {
    major: u32,
    minor: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low,
    Mid,
    High,
}

fn h<T: Hash>(t: &T) -> u64 {
    let mut s = DefaultHasher::new();
    t.hash(&mut s);
    s.finish()
}

fn main() {
    let mut releases = BTreeMap::new();
    releases.insert(Version { major: 1, minor: 2 }, "b");
    releases.insert(Version { major: 0, minor: 9 }, "a");
    releases.insert(Version { major: 1, minor: 10 }, "c");
    releases.insert(Version { major: 2, minor: 0 }, "d");
    println!("{:?}", releases);
    println!("{:#?}", releases.first_key_value());

    let mut by_level: BTreeMap<Level, Vec<&str>> = BTreeMap::new();
    for (name, lvl) in [("disk", Level::High), ("cpu", Level::Low), ("net", Level::High), ("mem", Level::Mid)] {
        by_level.entry(lvl).or_insert_with(Vec::new).push(name);
    }
    println!("{:?}", by_level);

    let rev: BTreeSet<Reverse<i32>> = [3, 1, 4, 1, 5, 9, 2, 6].into_iter().map(Reverse).collect();
    println!("{:?}", rev.iter().map(|r| r.0).collect::<Vec<_>>());

    let tuples: BTreeSet<(i32, &str)> = [(2, "b"), (1, "z"), (2, "a"), (1, "a")].into_iter().collect();
    println!("{:?}", tuples);

    let nested: BTreeMap<&str, BTreeMap<u8, bool>> = [
        ("x", BTreeMap::from([(1, true), (0, false)])),
        ("w", BTreeMap::new()),
    ].into_iter().collect();
    println!("{:?}", nested);

    let m1 = BTreeMap::from([(1, 'a'), (2, 'b')]);
    let m2 = BTreeMap::from([(2, 'b'), (1, 'a')]);
    let m3 = BTreeMap::from([(1, 'a'), (2, 'c')]);
    println!("eq {} ne {} lt {} cmp {:?} pcmp {:?}", m1 == m2, m1 != m3, m1 < m3, m3.cmp(&m1), m1.partial_cmp(&m2));
    println!("hash eq {} hash ne {}", h(&m1) == h(&m2), h(&m1) == h(&m3));
    let s1 = BTreeSet::from([1, 2, 3]);
    let s2 = BTreeSet::from([1, 2, 4]);
    println!("sets: {} {:?} {}", s1 < s2, s1.partial_cmp(&s2), h(&s1) == h(&s1.clone()));
    let d: BTreeMap<i32, i32> = Default::default();
    let ds: BTreeSet<i32> = BTreeSet::default();
    println!("defaults {:?} {:?} {}", d, ds, d.is_empty() && ds.is_empty());

    let mut cl = m1.clone();
    cl.insert(3, 'c');
    println!("clone independent: {:?} {:?}", m1, cl);
    let big: BTreeMap<u16, String> = (0..300).map(|i| (i, i.to_string())).collect();
    let big2 = big.clone();
    println!("big clone eq {} len {} sample {:?}", big == big2, big2.len(), big2.get(&299));

    let it = m1.iter();
    println!("iter debug {:?} keys {:?} values {:?}", it, m1.keys(), m1.values());
    println!("range debug {:?}", m1.range(2..));
    println!("set iter debug {:?}", s1.iter());
    println!("set range debug {:?}", s1.range(..3));
    println!("{:?}", s1.union(&s2));
    println!("{:?}", s1.intersection(&s2));
    println!("{:?}", s1.difference(&s2));
    println!("{:?}", s1.symmetric_difference(&s2));
    let e1: std::collections::btree_map::Iter<'_, i32, i32> = Default::default();
    println!("default iter {:?}", e1.len());
}
