use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Sku {
    category: String,
    code: u32,
}

impl Ord for Sku {
    fn cmp(&self, other: &Self) -> Ordering {
        self.category
            .cmp(&other.category)
            .then_with(|| other.code.cmp(&self.code))
    }
}

impl PartialOrd for Sku {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Sku {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}-{:04}", &self.category[..3].to_uppercase(), self.code)
    }
}

#[derive(Debug, Default)]
struct Stock {
    qty: u32,
    price_cents: u64,
}

struct Inventory {
    items: BTreeMap<Sku, Stock>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: BTreeMap::new() }
    }

    fn receive(&mut self, cat: &str, code: u32, qty: u32, price: u64) {
        let key = Sku { category: cat.to_string(), code };
        let entry = self.items.entry(key).or_default();
        entry.qty += qty;
        if price > 0 {
            entry.price_cents = price;
        }
    }

    fn sell(&mut self, cat: &str, code: u32, qty: u32) -> Result<u64, String> {
        let key = Sku { category: cat.to_string(), code };
        match self.items.get_mut(&key) {
            None => Err(format!("unknown item {}", key)),
            Some(s) if s.qty < qty => Err(format!("only {} of {} left", s.qty, key)),
            Some(s) => {
                s.qty -= qty;
                Ok(s.price_cents * qty as u64)
            }
        }
    }

    fn total_value(&self) -> u64 {
        self.items.values().map(|s| s.qty as u64 * s.price_cents).sum()
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.receive("tools", 12, 5, 1999);
    inv.receive("garden", 3, 20, 450);
    inv.receive("tools", 7, 2, 8999);
    inv.receive("electronics", 100, 1, 24999);
    inv.receive("garden", 3, 5, 0);
    inv.receive("garden", 44, 0, 120);

    for (sku, stock) in &inv.items {
        println!("{:<10} qty={:>3} price=${:>7.2}", sku.to_string(), stock.qty, stock.price_cents as f64 / 100.0);
    }

    let orders = [("tools", 12, 2), ("garden", 3, 30), ("toys", 1, 1), ("electronics", 100, 1)];
    let mut revenue = 0;
    for (cat, code, qty) in orders {
        match inv.sell(cat, code, qty) {
            Ok(c) => {
                revenue += c;
                println!("sold {qty} x {cat}/{code}: {c} cents");
            }
            Err(e) => println!("error: {e}"),
        }
    }
    println!("revenue: {}.{:02}", revenue / 100, revenue % 100);

    inv.items.retain(|_, s| s.qty > 0);
    let lo = Sku { category: "garden".into(), code: u32::MAX };
    let hi = Sku { category: "garden".into(), code: 0 };
    let garden: Vec<String> = inv.items.range(lo..=hi).map(|(k, _)| k.to_string()).collect();
    println!("garden items: {:?}", garden);
    println!("remaining kinds: {}", inv.items.len());
    println!("stock value: {}", inv.total_value());
    if let Some((first, _)) = inv.items.first_key_value() {
        println!("first: {first:?}");
    }
    let last = inv.items.last_key_value().map(|(k, v)| format!("{k} x{}", v.qty));
    println!("last: {}", last.unwrap_or_default());
}
