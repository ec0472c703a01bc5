use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum InvError {
    UnknownSku(String),
    Insufficient { sku: String, wanted: u32, have: u32 },
    BadQuantity(String),
}

impl fmt::Display for InvError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            InvError::UnknownSku(s) => write!(f, "unknown sku '{}'", s),
            InvError::Insufficient { sku, wanted, have } => {
                write!(f, "cannot take {} of {} (only {})", wanted, sku, have)
            }
            InvError::BadQuantity(q) => write!(f, "bad quantity: {}", q),
        }
    }
}

impl std::error::Error for InvError {}

impl From<std::num::ParseIntError> for InvError {
    fn from(e: std::num::ParseIntError) -> Self {
        InvError::BadQuantity(e.to_string())
    }
}

#[derive(Debug, Clone, Default)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
}

struct Inventory {
    items: HashMap<String, Item>,
    log: Vec<String>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new(), log: Vec::new() }
    }

    fn add(&mut self, sku: &str, name: &str, qty: u32, price_cents: u64) {
        let entry = self.items.entry(sku.to_string()).or_insert_with(|| Item {
            name: name.to_string(),
            ..Default::default()
        });
        entry.qty += qty;
        entry.price_cents = price_cents;
        self.log.push(format!("add {} x{}", sku, qty));
    }

    fn take(&mut self, sku: &str, qty_text: &str) -> Result<u64, InvError> {
        let wanted: u32 = qty_text.trim().parse()?;
        let item = self
            .items
            .get_mut(sku)
            .ok_or_else(|| InvError::UnknownSku(sku.to_string()))?;
        if item.qty < wanted {
            return Err(InvError::Insufficient { sku: sku.to_string(), wanted, have: item.qty });
        }
        item.qty -= wanted;
        let cost = item.price_cents * wanted as u64;
        self.log.push(format!("take {} x{} = {}", sku, wanted, cost));
        Ok(cost)
    }

    fn total_value(&self) -> u64 {
        self.items.values().map(|i| i.qty as u64 * i.price_cents).sum()
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("A100", "bolt", 50, 12);
    inv.add("B200", "nut", 120, 5);
    inv.add("C300", "washer", 10, 3);
    inv.add("A100", "bolt", 25, 13);

    let requests = [("A100", "30"), ("B200", " 7 "), ("Z999", "1"), ("C300", "11"), ("B200", "x3"), ("C300", "10")];
    let mut revenue = 0u64;
    for (sku, q) in requests.iter() {
        match inv.take(sku, q) {
            Ok(c) => {
                revenue += c;
                println!("ok   {:<5} {:>4} -> {:>6} cents", sku, q.trim(), c);
            }
            Err(e) => println!("fail {:<5} {:>4} -> {}", sku, q, e),
        }
    }

    let mut skus: Vec<&String> = inv.items.keys().collect();
    skus.sort();
    for sku in skus {
        let it = &inv.items[sku];
        println!("{:<6}|{:<8}|{:>5}|{:>8.2}", sku, it.name, it.qty, it.price_cents as f64 / 100.0);
    }
    println!("revenue: {}", revenue);
    println!("stock value: {}", inv.total_value());
    let empty: Vec<String> = {
        let mut v: Vec<String> = inv.items.iter().filter(|(_, i)| i.qty == 0).map(|(k, _)| k.clone()).collect();
        v.sort();
        v
    };
    println!("empty: {:?}", empty);
    for (i, line) in inv.log.iter().enumerate() {
        println!("{:02}: {}", i, line);
    }
    let err: Box<dyn std::error::Error> = Box::new(InvError::UnknownSku("Q".into()));
    println!("boxed error: {}", err);
}
