use std::collections::HashMap;

// Warehouse stock levels keyed by SKU.
fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert("A-100".to_string(), 12);
    stock.insert("B-200".to_string(), 0);
    stock.insert("C-300".to_string(), 7);

    let level = stock.get("A-100").unwrap_or(&0);

    if *level < 20 {
        // Reorder while still holding `level`.
        stock.insert("A-100-reorder".to_string(), 50);
    }

    println!("A-100 level was {}", level);
    let mut skus: Vec<&String> = stock.keys().collect();
    skus.sort();
    println!("skus: {:?}", skus);
}
