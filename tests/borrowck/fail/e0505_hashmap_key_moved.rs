use std::collections::HashMap;

fn main() {
    let mut index: HashMap<String, usize> = HashMap::new();
    let key = String::from("chapter-1");
    let key_view: &str = key.as_str();
    index.insert(key, 1);
    println!("inserted {}", key_view);
}
