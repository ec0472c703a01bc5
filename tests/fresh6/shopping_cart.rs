use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category { Food, Books, Electronics }

#[derive(Debug, Clone)]
struct Line { sku: &'static str, category: Category, unit_cents: u32, qty: u32 }

impl Line {
    fn subtotal(&self) -> u32 { self.unit_cents * self.qty }
}

trait Discount {
    fn name(&self) -> String;
    fn amount(&self, lines: &[Line]) -> u32;
    fn describe(&self, lines: &[Line]) -> String {
        format!("{:<28}-{:>8}", self.name(), Money(self.amount(lines)))
    }
}

struct PercentOff { category: Category, percent: u32 }
struct BuyNGetOne { sku: &'static str, n: u32 }
struct Threshold { min_cents: u32, off_cents: u32 }

impl Discount for PercentOff {
    fn name(&self) -> String { format!("{}% off {:?}", self.percent, self.category) }
    fn amount(&self, lines: &[Line]) -> u32 {
        lines.iter().filter(|l| l.category == self.category).map(|l| l.subtotal() * self.percent / 100).sum()
    }
}

impl Discount for BuyNGetOne {
    fn name(&self) -> String { format!("buy {} get 1 free: {}", self.n, self.sku) }
    fn amount(&self, lines: &[Line]) -> u32 {
        lines.iter().find(|l| l.sku == self.sku).map_or(0, |l| (l.qty / (self.n + 1)) * l.unit_cents)
    }
}

impl Discount for Threshold {
    fn name(&self) -> String { format!("spend {} save {}", Money(self.min_cents), Money(self.off_cents)) }
    fn amount(&self, lines: &[Line]) -> u32 {
        let total: u32 = lines.iter().map(Line::subtotal).sum();
        if total >= self.min_cents { self.off_cents } else { 0 }
    }
    fn describe(&self, lines: &[Line]) -> String {
        let a = self.amount(lines);
        if a == 0 { format!("{:<28} (not reached)", self.name()) } else { format!("{:<28}-{:>8}", self.name(), Money(a)) }
    }
}

struct Money(u32);
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.0 / 100, self.0 % 100);
        f.pad(&s)
    }
}

struct Cart { lines: Vec<Line>, discounts: Vec<Box<dyn Discount>> }

impl Cart {
    fn add(&mut self, sku: &'static str, category: Category, unit_cents: u32, qty: u32) {
        match self.lines.iter_mut().find(|l| l.sku == sku) {
            Some(l) => l.qty += qty,
            None => self.lines.push(Line { sku, category, unit_cents, qty }),
        }
    }
    fn remove(&mut self, sku: &str, qty: u32) {
        if let Some(l) = self.lines.iter_mut().find(|l| l.sku == sku) {
            l.qty = l.qty.saturating_sub(qty);
        }
        self.lines.retain(|l| l.qty > 0);
    }
    fn checkout(&self) -> u32 {
        let gross: u32 = self.lines.iter().map(Line::subtotal).sum();
        for l in &self.lines {
            println!("{:<10}{:>3} x {:>8} = {:>9}", l.sku, l.qty, Money(l.unit_cents), Money(l.subtotal()));
        }
        println!("{:<26}{:>9}", "gross", Money(gross));
        let mut off = 0;
        for d in &self.discounts {
            println!("  {}", d.describe(&self.lines));
            off += d.amount(&self.lines);
        }
        let net = gross.saturating_sub(off);
        println!("{:<26}{:>9}", "net", Money(net));
        net
    }
}

fn main() {
    let mut cart = Cart { lines: vec![], discounts: vec![] };
    cart.discounts.push(Box::new(PercentOff { category: Category::Books, percent: 15 }));
    cart.discounts.push(Box::new(BuyNGetOne { sku: "apple", n: 2 }));
    cart.discounts.push(Box::new(Threshold { min_cents: 6_000, off_cents: 1_500 }));
    cart.add("apple", Category::Food, 45, 7);
    cart.add("novel", Category::Books, 1299, 2);
    cart.add("cable", Category::Electronics, 899, 1);
    cart.add("atlas", Category::Books, 3450, 1);
    cart.add("apple", Category::Food, 45, 2);
    let first = cart.checkout();
    println!("---");
    cart.remove("atlas", 1);
    cart.remove("apple", 4);
    let second = cart.checkout();
    println!("---\nfirst={} second={} diff={}", Money(first), Money(second), Money(first - second));
    let mut per_cat: BTreeMap<Category, u32> = BTreeMap::new();
    for l in &cart.lines {
        *per_cat.entry(l.category).or_insert(0) += l.subtotal();
    }
    println!("{:?}", per_cat);
    println!("[{:<10}] [{:>10}] [{:^10}]", Money(5), Money(123456), Money(99));
}
