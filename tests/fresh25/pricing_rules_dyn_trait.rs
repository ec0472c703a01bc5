use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone)]
struct Item {
    sku: &'static str,
    category: &'static str,
    cents: u64,
    qty: u32,
}

struct Cart {
    items: Vec<Item>,
    coupon: Option<&'static str>,
}

impl Cart {
    fn subtotal(&self) -> u64 {
        self.items.iter().map(|i| i.cents * i.qty as u64).sum()
    }
}

trait Rule {
    fn name(&self) -> String;
    fn discount(&self, cart: &Cart, running: u64) -> Option<u64>;
}

struct PercentOffCategory {
    category: &'static str,
    percent: u64,
}

struct BuyNGetOne {
    sku: &'static str,
    n: u32,
}

struct Coupon {
    code: &'static str,
    cents: u64,
    min_total: u64,
}

struct Custom<F: Fn(&Cart, u64) -> Option<u64>> {
    label: String,
    f: F,
}

impl Rule for PercentOffCategory {
    fn name(&self) -> String { format!("{}% off {}", self.percent, self.category) }
    fn discount(&self, cart: &Cart, _: u64) -> Option<u64> {
        let base: u64 = cart.items.iter().filter(|i| i.category == self.category).map(|i| i.cents * i.qty as u64).sum();
        Some(base * self.percent / 100).filter(|&d| d > 0)
    }
}

impl Rule for BuyNGetOne {
    fn name(&self) -> String { format!("buy {} {} get 1 free", self.n, self.sku) }
    fn discount(&self, cart: &Cart, _: u64) -> Option<u64> {
        let item = cart.items.iter().find(|i| i.sku == self.sku)?;
        let free = item.qty / (self.n + 1);
        if free == 0 { None } else { Some(free as u64 * item.cents) }
    }
}

impl Rule for Coupon {
    fn name(&self) -> String { format!("coupon {}", self.code) }
    fn discount(&self, cart: &Cart, running: u64) -> Option<u64> {
        (cart.coupon == Some(self.code) && running >= self.min_total).then_some(self.cents.min(running))
    }
}

impl<F: Fn(&Cart, u64) -> Option<u64>> Rule for Custom<F> {
    fn name(&self) -> String { self.label.clone() }
    fn discount(&self, cart: &Cart, running: u64) -> Option<u64> { (self.f)(cart, running) }
}

fn bulk_rule(threshold: u32) -> impl Fn(&Cart, u64) -> Option<u64> {
    move |cart, running| {
        let units: u32 = cart.items.iter().map(|i| i.qty).sum();
        if units >= threshold { Some(running / 20) } else { None }
    }
}

struct Cents(u64);
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&format!("{}.{:02}", self.0 / 100, self.0 % 100))
    }
}

fn checkout(label: &str, cart: &Cart, rules: &[Box<dyn Rule>]) -> u64 {
    println!("== {} ==", label);
    for i in &cart.items {
        println!("  {:<8} {:>3} x {:>7} = {:>8}", i.sku, i.qty, Cents(i.cents), Cents(i.cents * i.qty as u64));
    }
    let mut running = cart.subtotal();
    println!("  {:<26}{:>8}", "subtotal", Cents(running));
    for r in rules {
        if let Some(d) = r.discount(cart, running) {
            running -= d;
            println!("  {:<26}{:>8}", format!("- {}", r.name()), format!("-{}", Cents(d)));
        }
    }
    println!("  {:<26}{:>8}", "TOTAL", Cents(running));
    running
}

fn total_of<'a>(carts: impl IntoIterator<Item = &'a u64>) -> u64 {
    carts.into_iter().sum()
}

fn main() {
    let rules: Vec<Box<dyn Rule>> = vec![
        Box::new(BuyNGetOne { sku: "COFFEE", n: 2 }),
        Box::new(PercentOffCategory { category: "books", percent: 15 }),
        Box::new(Custom { label: "bulk 5% (10+ units)".to_string(), f: bulk_rule(10) }),
        Box::new(Coupon { code: "SAVE5", cents: 500, min_total: 3000 }),
    ];
    let carts = vec![
        ("small", Cart { items: vec![Item { sku: "COFFEE", category: "food", cents: 450, qty: 2 }], coupon: Some("SAVE5") }),
        ("reader", Cart { items: vec![
            Item { sku: "NOVEL", category: "books", cents: 1899, qty: 2 },
            Item { sku: "ATLAS", category: "books", cents: 3450, qty: 1 },
            Item { sku: "COFFEE", category: "food", cents: 450, qty: 3 },
        ], coupon: Some("SAVE5") }),
        ("bulk", Cart { items: vec![
            Item { sku: "COFFEE", category: "food", cents: 450, qty: 9 },
            Item { sku: "MUG", category: "home", cents: 1200, qty: 4 },
        ], coupon: Some("WRONG") }),
    ];
    let mut totals = BTreeMap::new();
    for (label, cart) in &carts {
        totals.insert(*label, checkout(label, cart, &rules));
    }
    let grand = total_of(totals.values());
    println!("grand total {}", Cents(grand));
    let mut ranked: Vec<(&str, u64)> = totals.iter().map(|(k, v)| (*k, *v)).collect();
    ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    println!("ranked: {:?}", ranked);
    let names: Vec<String> = rules.iter().map(|r| r.name()).collect();
    println!("rules: {}", names.join(" | "));
}
