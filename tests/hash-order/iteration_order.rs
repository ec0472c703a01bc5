
use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    for i in 0..20i32 { m.insert(i, i * 10); }
    m.remove(&3); m.remove(&7);
    let mut v = Vec::new();
    for (k, val) in m.iter() { v.push((*k, *val)); }
    println!("{:?}", v);
    let mut s = HashMap::new();
    for w in ["apple", "pear", "fig", "kiwi", "plum", "lime", "date", "sloe"] { *s.entry(String::from(w)).or_insert(0) += w.len(); }
    println!("{:?}", s);
    for (k, v) in &s { print!("{k}={v} "); }
    println!();
}
