use std::collections::BTreeMap;

fn main() {
    let mut stock: BTreeMap<String, u32> = BTreeMap::new();
    stock.insert("apple".to_string(), 3);
    stock.insert("pear".to_string(), 0);
    println!("apple: {}", stock["apple"]);
    if let Some(p) = stock.get_mut("pear") {
        *p += 4;
    }
    println!("{:?}", stock);
    let missing = "plum";
    println!("plum: {}", stock[missing]);
}
