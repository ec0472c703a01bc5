use std::collections::HashMap;

fn main() {
    let mut ids: HashMap<String, usize> = HashMap::new();
    for name in ["ann", "bob", "ann", "cy"] {
        if !ids.contains_key(name) {
            ids.insert(name.to_string(), ids.len());
        }
    }
    let mut pairs: Vec<(&String, &usize)> = ids.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
