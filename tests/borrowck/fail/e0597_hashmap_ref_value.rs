use std::collections::HashMap;

fn main() {
    let mut lookup: HashMap<u32, &str> = HashMap::new();
    for id in 1..=2 {
        let name = format!("user{}", id);
        lookup.insert(id, name.as_str());
    }
    println!("{}", lookup.len());
}
