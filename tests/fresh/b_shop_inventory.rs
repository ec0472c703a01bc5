use std::collections::{BTreeMap, HashMap};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category {
    Fruit,
    Dairy,
    Bakery,
}

#[derive(Debug, Clone)]
struct Product {
    sku: u32,
    name: String,
    category: Category,
    price_cents: u32,
    stock: u32,
}

#[derive(Debug)]
enum OrderError {
    UnknownSku(u32),
    OutOfStock { name: String, wanted: u32, have: u32 },
}

impl fmt::Display for OrderError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            OrderError::UnknownSku(s) => write!(f, "unknown SKU {}", s),
            OrderError::OutOfStock { name, wanted, have } => write!(f, "only {} {} left (wanted {})", have, name, wanted),
        }
    }
}

struct Shop {
    products: HashMap<u32, Product>,
    revenue: u64,
}

impl Shop {
    fn new(list: Vec<Product>) -> Self {
        Shop { products: list.into_iter().map(|p| (p.sku, p)).collect(), revenue: 0 }
    }

    fn order(&mut self, lines: &[(u32, u32)]) -> Result<u64, OrderError> {
        for &(sku, qty) in lines {
            let p = self.products.get(&sku).ok_or(OrderError::UnknownSku(sku))?;
            if p.stock < qty {
                return Err(OrderError::OutOfStock { name: p.name.clone(), wanted: qty, have: p.stock });
            }
        }
        let mut total = 0u64;
        for &(sku, qty) in lines {
            let p = self.products.get_mut(&sku).unwrap();
            p.stock -= qty;
            total += p.price_cents as u64 * qty as u64;
        }
        self.revenue += total;
        Ok(total)
    }

    fn restock_low(&mut self, threshold: u32, amount: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .products
            .values_mut()
            .filter(|p| p.stock < threshold)
            .map(|p| {
                p.stock += amount;
                p.name.clone()
            })
            .collect();
        names.sort();
        names
    }

    fn report(&self) -> BTreeMap<Category, (u32, u64)> {
        let mut m = BTreeMap::new();
        for p in self.products.values() {
            let e = m.entry(p.category).or_insert((0, 0));
            e.0 += p.stock;
            e.1 += p.stock as u64 * p.price_cents as u64;
        }
        m
    }
}

fn cents(c: u64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

fn main() {
    let mut shop = Shop::new(vec![
        Product { sku: 1, name: "apple".into(), category: Category::Fruit, price_cents: 45, stock: 40 },
        Product { sku: 2, name: "banana".into(), category: Category::Fruit, price_cents: 25, stock: 6 },
        Product { sku: 3, name: "milk".into(), category: Category::Dairy, price_cents: 129, stock: 10 },
        Product { sku: 4, name: "cheese".into(), category: Category::Dairy, price_cents: 650, stock: 3 },
        Product { sku: 5, name: "bagel".into(), category: Category::Bakery, price_cents: 110, stock: 12 },
    ]);
    let orders: Vec<Vec<(u32, u32)>> = vec![
        vec![(1, 6), (3, 2)],
        vec![(2, 10)],
        vec![(4, 1), (5, 4), (9, 1)],
        vec![(4, 2), (5, 6), (2, 6)],
        vec![(4, 1)],
    ];
    for (i, o) in orders.iter().enumerate() {
        match shop.order(o) {
            Ok(t) => println!("order {}: ok, total ${}", i + 1, cents(t)),
            Err(e) => println!("order {}: rejected: {}", i + 1, e),
        }
    }
    println!("revenue ${}", cents(shop.revenue));
    println!("restocked: {:?}", shop.restock_low(5, 20));
    for (cat, (units, value)) in shop.report() {
        println!("{:<7} {:>3} units worth ${:>6}", format!("{:?}", cat), units, cents(value));
    }
    let mut by_value: Vec<&Product> = shop.products.values().collect();
    by_value.sort_by_key(|p| (std::cmp::Reverse(p.stock * p.price_cents), p.sku));
    println!("most valuable stock: {}", by_value.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", "));
}
