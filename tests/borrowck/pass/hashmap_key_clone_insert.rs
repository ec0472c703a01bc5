use std::collections::HashMap;

fn main() {
    let mut index: HashMap<String, usize> = HashMap::new();
    let keys = ["chapter-1", "chapter-2"];
    for (i, k) in keys.iter().enumerate() {
        let key = k.to_string();
        let view = key.clone();
        index.insert(key, i + 1);
        println!("inserted {} -> {}", view, index[&view]);
    }
}
