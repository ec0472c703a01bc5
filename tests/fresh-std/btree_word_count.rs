use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    println!("len = {}, empty = {}", counts.len(), counts.is_empty());
    println!("the -> {:?}, cat -> {:?}", counts.get("the"), counts.get("cat"));
    println!("index fox = {}", counts["fox"]);
    println!("first = {:?}, last = {:?}", counts.first_key_value(), counts.last_key_value());

    // entry API variants
    let mut lengths: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for w in counts.keys() {
        lengths.entry(w.len()).or_default().push(w.to_string());
    }
    for (len, words) in &lengths {
        println!("{len}: {}", words.join(","));
    }
    let mut scores: BTreeMap<String, i32> = BTreeMap::new();
    for (name, pts) in [("ann", 3), ("bob", 5), ("ann", 4), ("cid", 1), ("bob", -2)] {
        scores.entry(name.to_string()).and_modify(|s| *s += pts).or_insert(pts);
    }
    println!("{:?}", scores);
    match scores.entry("dan".to_string()) {
        Entry::Vacant(v) => {
            println!("vacant key {:?}", v.key());
            let r = v.insert(10);
            *r += 1;
        }
        Entry::Occupied(_) => unreachable!(),
    }
    match scores.entry("ann".to_string()) {
        Entry::Occupied(mut o) => {
            println!("occupied {} = {}", o.key(), o.get());
            let old = o.insert(100);
            println!("old {old}, now {}", o.get());
            *o.get_mut() += 1;
            let (k, v) = o.remove_entry();
            println!("removed {k} {v}");
        }
        Entry::Vacant(_) => unreachable!(),
    }
    let e = scores.entry("eve".to_string());
    println!("{:?} key={}", e, e.key());
    let v = e.or_insert_with_key(|k| k.len() as i32 * 7);
    println!("eve -> {v}");
    let oe = scores.entry("zed".to_string()).insert_entry(9);
    println!("{:?}", oe);
    println!("{:?}", scores);
    if let Some(x) = scores.get_mut("bob") {
        *x *= 10;
    }
    println!("get_key_value = {:?}", scores.get_key_value("bob"));
    println!("contains cid {} / zzz {}", scores.contains_key("cid"), scores.contains_key("zzz"));
    println!("insert again: {:?} {:?}", scores.insert("cid".into(), 42), scores.insert("new".into(), 0));
    println!("remove: {:?} {:?}", scores.remove("cid"), scores.remove("cid"));
    println!("remove_entry: {:?}", scores.remove_entry("new"));
    let total: i32 = scores.values().sum();
    println!("total = {total}, keys = {:?}", scores.keys().collect::<Vec<_>>());
    for v in scores.values_mut() {
        *v -= 1;
    }
    for (k, v) in scores.iter_mut() {
        if k.starts_with('e') {
            *v = 0;
        }
    }
    println!("{:?}", scores);
    println!("{:#?}", scores.iter().take(2).collect::<BTreeMap<_, _>>());
}
