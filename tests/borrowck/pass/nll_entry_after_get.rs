use std::collections::BTreeMap;

fn main() {
    let mut counts: BTreeMap<char, usize> = BTreeMap::new();
    for ch in "hello world".chars().filter(|c| c.is_alphabetic()) {
        let seen = counts.get(&ch).copied().unwrap_or(0);
        if seen == 0 {
            counts.insert(ch, 1);
        } else {
            *counts.get_mut(&ch).unwrap() += 1;
        }
    }
    println!("{:?}", counts);
}
