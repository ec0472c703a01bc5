use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert("bolts".to_string(), 40);
    let bolts = stock.get("bolts").unwrap();
    stock.insert("nuts".to_string(), *bolts / 2);
    println!("bolts {}", bolts);
}
