use std::collections::{BTreeMap, HashMap};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Hardware,
    Grocery,
    Apparel { size: char },
}

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    name: String,
    qty: u32,
    reorder_at: u32,
    unit_cents: u64,
    cat: Category,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{:<8}|{:<14}|{:>5}|{:>9.2}",
            self.sku,
            self.name,
            self.qty,
            self.unit_cents as f64 / 100.0
        )
    }
}

struct Inventory {
    items: HashMap<String, Item>,
    log: Vec<String>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new(), log: Vec::new() }
    }

    fn add(&mut self, sku: &str, name: &str, qty: u32, reorder_at: u32, cents: u64, cat: Category) {
        self.items.insert(
            sku.to_string(),
            Item { sku: sku.to_string(), name: name.to_string(), qty, reorder_at, unit_cents: cents, cat },
        );
    }

    fn sell(&mut self, sku: &str, n: u32) -> Result<u64, String> {
        let item = self.items.get_mut(sku).ok_or_else(|| format!("unknown sku {}", sku))?;
        let left = item.qty.checked_sub(n).ok_or(format!("only {} of {} left", item.qty, item.name))?;
        item.qty = left;
        let total = item.unit_cents * n as u64;
        self.log.push(format!("sold {}x{} for {}", n, sku, total));
        Ok(total)
    }

    fn needs_restock(&self) -> Vec<&Item> {
        let mut v: Vec<&Item> = self.items.values().filter(|i| i.qty <= i.reorder_at).collect();
        v.sort_by_key(|i| (i.qty, i.sku.clone()));
        v
    }

    fn value_by_category(&self) -> BTreeMap<String, u64> {
        let mut m = BTreeMap::new();
        for it in self.items.values() {
            let key = match &it.cat {
                Category::Hardware => "hardware".to_string(),
                Category::Grocery => "grocery".to_string(),
                Category::Apparel { size } => format!("apparel-{}", size),
            };
            *m.entry(key).or_insert(0) += it.unit_cents * it.qty as u64;
        }
        m
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("H-100", "hammer", 12, 5, 1599, Category::Hardware);
    inv.add("H-101", "screwdriver", 4, 5, 799, Category::Hardware);
    inv.add("G-200", "rice 5kg", 30, 10, 1250, Category::Grocery);
    inv.add("A-300", "t-shirt", 8, 3, 1999, Category::Apparel { size: 'M' });
    inv.add("A-301", "t-shirt", 2, 3, 1999, Category::Apparel { size: 'L' });

    let orders = [("H-100", 8), ("G-200", 25), ("A-301", 3), ("Z-999", 1), ("A-300", 6), ("H-100", 4)];
    let mut revenue = 0u64;
    for (sku, n) in orders.iter() {
        match inv.sell(sku, *n) {
            Ok(c) => revenue += c,
            Err(e) => println!("order {} x{} rejected: {}", sku, n, e),
        }
    }
    println!("revenue: ${}.{:02}", revenue / 100, revenue % 100);
    for line in &inv.log {
        println!("  log: {}", line);
    }

    println!("{:-^40}", " restock ");
    for item in inv.needs_restock() {
        let want = item.reorder_at * 3 - item.qty;
        println!("{} -> order {}", item, want);
    }

    println!("{:-^40}", " value ");
    for (cat, cents) in inv.value_by_category() {
        println!("{:>12}: {:>8}", cat, cents);
    }
    let apparel = inv.items.values().filter(|i| matches!(i.cat, Category::Apparel { .. })).count();
    println!("apparel lines: {}", apparel);
}
