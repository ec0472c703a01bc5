use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<i32, &str> = [(1, "one"), (5, "five"), (9, "nine")].into_iter().collect();
    println!("{:?}", m.range(2..8).collect::<Vec<_>>());
    let lo = 7;
    let hi = 3;
    let r: Vec<_> = m.range(lo..hi).collect();
    println!("unreachable {:?}", r);
}
