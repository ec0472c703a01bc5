// Inventory lookups with Option combinator chains, Borrow-based maps; ends with expect on None.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Tool,
    Food,
    Part,
}

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    category: Category,
    qty: u32,
    price_cents: u32,
    supplier: Option<String>,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} x{} @{}c", self.sku, self.qty, self.price_cents)
    }
}

struct Inventory {
    items: BTreeMap<String, Item>,
    suppliers: BTreeMap<String, (String, u8)>,
}

impl Inventory {
    fn find(&self, sku: &str) -> Option<&Item> {
        self.items.get(sku)
    }
    fn supplier_rating(&self, sku: &str) -> Option<u8> {
        self.find(sku)?
            .supplier
            .as_deref()
            .and_then(|s| self.suppliers.get(s))
            .map(|(_, rating)| *rating)
    }
    fn supplier_country(&self, sku: &str) -> Option<&str> {
        self.find(sku)
            .and_then(|i| i.supplier.as_ref())
            .and_then(|s| self.suppliers.get(s.as_str()))
            .map(|(country, _)| country.as_str())
    }
    fn value_of(&self, sku: &str) -> Option<u64> {
        self.find(sku).filter(|i| i.qty > 0).map(|i| i.qty as u64 * i.price_cents as u64)
    }
    fn by_category(&self) -> BTreeMap<Category, Vec<&str>> {
        let mut m: BTreeMap<Category, Vec<&str>> = BTreeMap::new();
        for item in self.items.values() {
            m.entry(item.category).or_default().push(&item.sku);
        }
        m
    }
    fn cheapest_in(&self, cat: Category) -> Option<&Item> {
        self.items.values().filter(|i| i.category == cat).min_by_key(|i| i.price_cents)
    }
}

fn item(sku: &str, category: Category, qty: u32, price_cents: u32, supplier: Option<&str>) -> (String, Item) {
    (sku.to_string(), Item { sku: sku.to_string(), category, qty, price_cents, supplier: supplier.map(String::from) })
}

fn main() {
    let inv = Inventory {
        items: BTreeMap::from([
            item("HAM-01", Category::Tool, 12, 1599, Some("acme")),
            item("APL-07", Category::Food, 0, 45, Some("orchard")),
            item("BLT-M8", Category::Part, 500, 12, None),
            item("SAW-02", Category::Tool, 3, 2999, Some("ghost")),
            item("BRD-11", Category::Food, 40, 250, Some("orchard")),
        ]),
        suppliers: BTreeMap::from([
            ("acme".to_string(), ("US".to_string(), 4)),
            ("orchard".to_string(), ("NZ".to_string(), 5)),
        ]),
    };

    for sku in ["HAM-01", "APL-07", "BLT-M8", "SAW-02", "NOPE"] {
        println!(
            "{:<7} rating={:?} country={:?} value={:?}",
            sku,
            inv.supplier_rating(sku),
            inv.supplier_country(sku),
            inv.value_of(sku)
        );
    }
    for (cat, skus) in inv.by_category() {
        println!("{:?}: {}", cat, skus.join(", "));
    }
    let cheapest_tool = inv.cheapest_in(Category::Tool).map(ToString::to_string);
    println!("cheapest tool: {}", cheapest_tool.as_deref().unwrap_or("-"));
    let total: u64 = inv.items.keys().filter_map(|k| inv.value_of(k)).sum();
    println!("total value: {}c", total);
    let best_rated = inv
        .items
        .keys()
        .filter_map(|k| inv.supplier_rating(k).map(|r| (r, k)))
        .max()
        .map(|(r, k)| format!("{} ({})", k, r));
    println!("best rated: {:?}", best_rated);
    let restock: Vec<&str> = inv.items.values().filter(|i| i.qty < 5).map(|i| i.sku.as_str()).collect();
    println!("restock: {:?}", restock);

    println!("looking up supplier country for SAW-02...");
    let country = inv.supplier_country("SAW-02").expect("SAW-02 must have a registered supplier");
    println!("unreachable: {}", country);
}
