// Warehouse restocking: HashMap<String, Stock>, orders applied with Result, reorder list sorted.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug)]
struct Stock {
    on_hand: i32,
    reorder_at: i32,
    lot_size: i32,
}

#[derive(Debug)]
enum OrderError {
    UnknownProduct(String),
    Insufficient { product: String, wanted: i32, available: i32 },
}

impl fmt::Display for OrderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrderError::UnknownProduct(p) => write!(f, "no such product: {}", p),
            OrderError::Insufficient { product, wanted, available } => {
                write!(f, "only {} of {} available, {} wanted", available, product, wanted)
            }
        }
    }
}

fn fulfil(stock: &mut HashMap<String, Stock>, product: &str, qty: i32) -> Result<i32, OrderError> {
    let s = stock.get_mut(product).ok_or_else(|| OrderError::UnknownProduct(product.to_string()))?;
    if s.on_hand < qty {
        return Err(OrderError::Insufficient { product: product.into(), wanted: qty, available: s.on_hand });
    }
    s.on_hand -= qty;
    Ok(s.on_hand)
}

fn reorder_list(stock: &HashMap<String, Stock>) -> Vec<(String, i32)> {
    let mut list: Vec<(String, i32)> = stock
        .iter()
        .filter(|(_, s)| s.on_hand <= s.reorder_at)
        .map(|(name, s)| {
            let shortfall = s.reorder_at - s.on_hand + 1;
            let lots = (shortfall + s.lot_size - 1) / s.lot_size;
            (name.clone(), lots * s.lot_size)
        })
        .collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list
}

fn main() {
    let mut stock: HashMap<String, Stock> = HashMap::new();
    for (name, on_hand, reorder_at, lot) in [("bolts", 500, 200, 250), ("nuts", 320, 200, 250), ("washers", 90, 100, 50), ("brackets", 40, 10, 12), ("hinges", 25, 20, 10)] {
        stock.insert(name.to_string(), Stock { on_hand, reorder_at, lot_size: lot });
    }
    let orders = "bolts 180\nnuts 150\nbrackets 45\nhinges 6\nsprockets 3\nbolts 200\nbrackets 31";
    let mut shipped = 0;
    let mut failed = Vec::new();
    for line in orders.lines() {
        let mut parts = line.split_whitespace();
        let product = parts.next().unwrap();
        let qty: i32 = parts.next().and_then(|q| q.parse().ok()).unwrap_or(0);
        match fulfil(&mut stock, product, qty) {
            Ok(left) => {
                shipped += qty;
                println!("shipped {:>3} {:<9} ({} left)", qty, product, left);
            }
            Err(e) => {
                println!("FAILED  {:>3} {:<9} {}", qty, product, e);
                failed.push(e);
            }
        }
    }
    println!("shipped {} units, {} failures", shipped, failed.len());
    let unknown = failed.iter().filter(|e| matches!(e, OrderError::UnknownProduct(_))).count();
    println!("unknown-product failures: {}", unknown);
    println!("reorder:");
    for (name, qty) in reorder_list(&stock) {
        let s = &stock[&name];
        println!("  {:<9} order {:>4} (on hand {}, threshold {})", name, qty, s.on_hand, s.reorder_at);
    }
    let mut levels: Vec<(&String, i32)> = stock.iter().map(|(k, v)| (k, v.on_hand)).collect();
    levels.sort_unstable_by_key(|&(k, v)| (v, k.clone()));
    println!("levels: {:?}", levels);
}
