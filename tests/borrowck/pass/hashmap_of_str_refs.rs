use std::collections::HashMap;

fn main() {
    let names: Vec<String> = (1..=3).map(|id| format!("user{}", id)).collect();
    let mut lookup: HashMap<u32, &str> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        lookup.insert(i as u32 + 1, n.as_str());
    }
    println!("{} {} {}", lookup.len(), lookup[&1], lookup[&3]);
}
