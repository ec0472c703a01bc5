use std::collections::HashMap;

fn build_prices() -> HashMap<String, f64> {
    let mut m = HashMap::new();
    for (k, v) in [("apple", 0.5), ("bread", 2.25), ("milk", 1.1), ("eggs", 3.0)] {
        m.insert(k.to_string(), v);
    }
    m
}

fn main() {
    let prices = build_prices();
    let basket = ["milk", "bread", "apple", "apple", "cheese", "eggs"];
    let mut total = 0.0;
    for item in basket {
        let price = prices[item];
        total += price;
        println!("{item:<8} {price:>6.2}  running {total:>6.2}");
    }
    println!("total {total:.2}");
}
