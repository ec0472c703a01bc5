// Iterating a HashMap every way std offers; results are sorted or reduced so the order never shows.
use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, u32> = HashMap::from([
        (String::from("ann"), 70),
        (String::from("bob"), 85),
        (String::from("cat"), 92),
        (String::from("dan"), 64),
        (String::from("eve"), 88),
    ]);
    let it = scores.iter();
    println!("iter len {} size_hint {:?}", it.len(), it.size_hint());
    let mut it2 = scores.keys();
    it2.next();
    it2.next();
    println!("after 2: len {} size_hint {:?} count {}", it2.len(), it2.size_hint(), it2.clone().count());
    println!("values sum {} max {:?} min {:?}", scores.values().sum::<u32>(), scores.values().max(), scores.values().min());

    for v in scores.values_mut() {
        *v += 5;
    }
    for (name, v) in scores.iter_mut() {
        if name.starts_with('d') {
            *v *= 2;
        }
    }
    for (_, v) in &mut scores {
        *v -= 1;
    }
    let mut pairs: Vec<(String, u32)> = scores.iter().map(|(k, v)| (k.clone(), *v)).collect();
    pairs.sort();
    println!("{:?}", pairs);
    let mut total = 0;
    for (_, v) in &scores {
        total += v;
    }
    println!("total via &map {total}");

    let passed: Vec<&String> = {
        let mut v: Vec<&String> = scores.iter().filter(|(_, s)| **s >= 90).map(|(k, _)| k).collect();
        v.sort();
        v
    };
    println!("passed {:?}", passed);

    // retain, extract_if and drain.
    let mut nums: HashMap<u32, u32> = (1..=30).map(|i| (i, i * i)).collect();
    nums.retain(|k, v| {
        *v += 1;
        k % 3 != 0
    });
    println!("after retain: len {}", nums.len());
    let mut odd: Vec<(u32, u32)> = nums.extract_if(|k, _| k % 2 == 1).collect();
    odd.sort();
    println!("extracted {} first {:?} left {}", odd.len(), &odd[..3], nums.len());
    let cap = nums.capacity();
    let mut drained: Vec<(u32, u32)> = nums.drain().collect();
    drained.sort();
    println!("drained {:?}", &drained[..4]);
    println!("after drain: len {} same cap {}", nums.len(), nums.capacity() == cap);
    {
        let mut partial = nums.clone();
        partial.insert(1, 1);
        partial.insert(2, 2);
        let mut d = partial.drain();
        println!("drain size_hint {:?}", d.size_hint());
        d.next();
        drop(d);
        println!("dropped half-done drain: len {}", partial.len());
    }

    // Owning iterators.
    let words: HashMap<&str, usize> = ["alpha", "beta", "gamma", "delta"].iter().map(|w| (*w, w.len())).collect();
    let mut ks: Vec<&str> = words.clone().into_keys().collect();
    ks.sort();
    let mut vs: Vec<usize> = words.clone().into_values().collect();
    vs.sort();
    println!("{:?} {:?}", ks, vs);
    let into = words.clone().into_iter();
    println!("into_iter len {}", into.len());
    let mut all: Vec<(&str, usize)> = words.into_iter().collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", all);

    // Extend from references, equality, Default, Debug of tiny maps.
    let mut a: HashMap<u8, char> = HashMap::default();
    let src = [(1u8, 'a'), (2, 'b')];
    a.extend(src.iter().map(|(k, v)| (k, v)));
    a.extend([(3u8, 'c')]);
    let b: HashMap<u8, char> = HashMap::from([(3, 'c'), (2, 'b'), (1, 'a')]);
    println!("a == b {} len {}", a == b, a.len());
    a.insert(1, 'z');
    println!("a == b {} a != b {}", a == b, a != b);
    let one: HashMap<&str, Vec<i32>> = HashMap::from([("k", vec![1, 2])]);
    println!("{:?} {:?}", one, HashMap::<i32, i32>::new());
    println!("{:?} {:?}", one.iter(), one.keys());
    println!("{:?}", one.values());
}
