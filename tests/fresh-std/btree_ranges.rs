use std::collections::BTreeMap;
fn main() {
    let mut m: BTreeMap<i32, String> = BTreeMap::new();
    for i in (0..100).step_by(5) {
        m.insert(i, format!("v{i}"));
    }
    println!("full: {:?}", m.range(..).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("10..30: {:?}", m.range(10..30).collect::<Vec<_>>());
    println!("10..=30: {:?}", m.range(10..=30).map(|(k, _)| k).collect::<Vec<_>>());
    println!("..12: {:?}", m.range(..12).map(|(k, _)| k).collect::<Vec<_>>());
    println!("..=15: {:?}", m.range(..=15).map(|(k, _)| k).collect::<Vec<_>>());
    println!("83..: {:?}", m.range(83..).map(|(k, _)| k).collect::<Vec<_>>());
    println!("empty 11..14: {:?}", m.range(11..14).collect::<Vec<_>>());
    println!("equal 20..=20: {:?}", m.range(20..=20).collect::<Vec<_>>());
    let mut r = m.range(30..60);
    println!("next {:?} back {:?} next {:?}", r.next(), r.next_back(), r.next());
    println!("rest {:?}", r.clone().collect::<Vec<_>>());
    println!("last {:?}", m.range(..50).last());
    println!("min {:?} max {:?}", m.range(40..).min(), m.range(40..).max());
    for (_, v) in m.range_mut(40..=50) {
        v.push('!');
    }
    for (k, v) in m.range_mut(..=10).rev() {
        v.insert_str(0, &k.to_string());
    }
    println!("{:?}", m.range(0..=50).collect::<Vec<_>>());

    // String keys, searching by &str
    let mut words: BTreeMap<String, usize> = BTreeMap::new();
    for (i, w) in ["delta", "alpha", "echo", "charlie", "bravo", "foxtrot"].iter().enumerate() {
        words.insert(w.to_string(), i);
    }
    let mid: Vec<_> = words.range("b".to_string().."e".to_string()).collect();
    println!("b..e: {:?}", mid);
    println!("from c: {:?}", words.range("c".to_string()..).map(|(k, _)| k.as_str()).collect::<Vec<_>>());

    // larger tree so ranges span several nodes
    let big: BTreeMap<u32, u32> = (0..1000).map(|i| (i * 2, i)).collect();
    let s: u32 = big.range(100..1900).map(|(_, v)| v).sum();
    println!("big sum {s} count {}", big.range(100..1900).count());
    println!("big edges {:?} {:?}", big.range(1997..).next(), big.range(..1).next_back());
    let mut both = big.range(501..=509);
    println!("{:?} {:?} {:?} {:?}", both.next(), both.next_back(), both.next(), both.next_back());
    println!("{:?}", both.next());
}
