// Price cache: trying to insert discounted entries while iterating the map.
use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<String, f64> = HashMap::new();
    prices.insert("apple".to_string(), 1.20);
    prices.insert("bread".to_string(), 2.50);
    prices.insert("cheese".to_string(), 7.80);

    for (name, price) in prices.iter() {
        if *price > 2.0 {
            let sale_name = format!("{}_sale", name);
            // Mistake: mutating the map while it is being iterated.
            prices.insert(sale_name, price * 0.9);
        }
    }

    let mut names: Vec<&String> = prices.keys().collect();
    names.sort();
    for n in names {
        println!("{:<12} {:.2}", n, prices[n]);
    }
}
