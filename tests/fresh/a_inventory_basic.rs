// Store inventory: Vec<Item>, sorting by price with partial_cmp, by name, searching and updating.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    sku: u32,
    name: String,
    price: f64,
    qty: u32,
    category: Category,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Tools,
    Garden,
    Paint,
}

impl Item {
    fn new(sku: u32, name: &str, price: f64, qty: u32, category: Category) -> Self {
        Item { sku, name: name.to_string(), price, qty, category }
    }
    fn value(&self) -> f64 {
        self.price * self.qty as f64
    }
}

fn print_table(title: &str, items: &[Item]) {
    println!("== {} ==", title);
    println!("{:>5} {:<16} {:>8} {:>5} {:>10}", "sku", "name", "price", "qty", "value");
    for it in items {
        println!("{:>5} {:<16} {:>8.2} {:>5} {:>10.2}", it.sku, it.name, it.price, it.qty, it.value());
    }
}

fn main() {
    let mut stock = vec![
        Item::new(1001, "hammer", 12.99, 14, Category::Tools),
        Item::new(1002, "garden hose", 24.50, 3, Category::Garden),
        Item::new(1003, "paint roller", 6.75, 40, Category::Paint),
        Item::new(1004, "screwdriver set", 18.00, 9, Category::Tools),
        Item::new(1005, "rake", 15.25, 0, Category::Garden),
        Item::new(1006, "primer 1L", 9.99, 22, Category::Paint),
    ];
    print_table("as entered", &stock);

    stock.sort_by(|a, b| a.price.partial_cmp(&b.price).unwrap());
    let cheapest: Vec<&str> = stock.iter().take(3).map(|i| i.name.as_str()).collect();
    println!("three cheapest: {:?}", cheapest);

    stock.sort_by(|a, b| b.value().partial_cmp(&a.value()).unwrap().then_with(|| a.name.cmp(&b.name)));
    print_table("by stock value", &stock);

    if let Some(item) = stock.iter_mut().find(|i| i.sku == 1005) {
        item.qty += 12;
        item.price = (item.price * 0.9 * 100.0).round() / 100.0;
        println!("restocked {} at {:.2}", item.name, item.price);
    }
    let out_of_stock = stock.iter().any(|i| i.qty == 0);
    println!("anything out of stock? {}", out_of_stock);

    stock.sort_by_key(|i| (i.category, i.sku));
    let mut current = None;
    for it in &stock {
        if current != Some(it.category) {
            println!("[{:?}]", it.category);
            current = Some(it.category);
        }
        println!("  {} x{}", it.name, it.qty);
    }
    let total: f64 = stock.iter().map(Item::value).sum();
    let avg_price = stock.iter().map(|i| i.price).sum::<f64>() / stock.len() as f64;
    println!("total value {:.2}, average price {:.3}", total, avg_price);
    let low: Vec<u32> = stock.iter().filter(|i| i.qty < 10).map(|i| i.sku).collect();
    println!("low stock skus: {:?}", low);
}
