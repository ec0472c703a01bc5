use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<u32, Vec<&str>> = HashMap::new();
    let words = ["ab", "cd", "efg"];
    let mut current = groups.entry(2).or_default();
    for w in words {
        let bucket = groups.entry(w.len() as u32).or_default();
        bucket.push(w);
        current.push(w);
    }
    println!("{}", groups.len());
}
