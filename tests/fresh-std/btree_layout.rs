use std::collections::btree_map;
use std::collections::btree_set;
use std::collections::{BTreeMap, BTreeSet};
use std::mem::size_of;

fn main() {
    println!("BTreeMap<u8,u8> {}", size_of::<BTreeMap<u8, u8>>());
    println!("BTreeMap<String,Vec<u64>> {}", size_of::<BTreeMap<String, Vec<u64>>>());
    println!("Option<BTreeMap<u32,u32>> {}", size_of::<Option<BTreeMap<u32, u32>>>());
    println!("BTreeSet<i64> {}", size_of::<BTreeSet<i64>>());
    println!("Iter {}", size_of::<btree_map::Iter<'static, u32, u32>>());
    println!("IterMut {}", size_of::<btree_map::IterMut<'static, u32, u32>>());
    println!("IntoIter {}", size_of::<btree_map::IntoIter<u32, u32>>());
    println!("Keys {}", size_of::<btree_map::Keys<'static, u32, u32>>());
    println!("Range {}", size_of::<btree_map::Range<'static, u32, u32>>());
    println!("Entry {}", size_of::<btree_map::Entry<'static, u32, u32>>());
    println!("OccupiedEntry {}", size_of::<btree_map::OccupiedEntry<'static, u32, u32>>());
    println!("VacantEntry {}", size_of::<btree_map::VacantEntry<'static, u64, u32>>());
    println!("set Iter {}", size_of::<btree_set::Iter<'static, u32>>());
    println!("set Range {}", size_of::<btree_set::Range<'static, u32>>());
    println!("Union {}", size_of::<btree_set::Union<'static, u32>>());
    println!("Intersection {}", size_of::<btree_set::Intersection<'static, u32>>());
    println!("Difference {}", size_of::<btree_set::Difference<'static, u32>>());
    println!("SymmetricDifference {}", size_of::<btree_set::SymmetricDifference<'static, u32>>());

    let mut m = BTreeMap::new();
    println!("empty map len {}", m.len());
    for i in 0..12u64 {
        m.insert(i, i);
    }
    println!("after 12 inserts: {:?}", m.iter().map(|(k, _)| *k).collect::<Vec<_>>());
    let s: BTreeSet<u8> = (0..=255).collect();
    println!("u8 set len {} first {:?} last {:?}", s.len(), s.first(), s.last());
}
