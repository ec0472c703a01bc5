use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Money(i64); // cents

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.abs();
        let s = format!("{}${}.{:02}", sign, abs / 100, abs % 100);
        // honor width/alignment requested by the caller
        f.pad(&s)
    }
}

#[derive(Debug)]
struct LineItem {
    sku: &'static str,
    description: String,
    qty: u32,
    unit_price: Money,
    category: &'static str,
}

impl LineItem {
    fn total(&self) -> Money {
        Money(self.unit_price.0 * self.qty as i64)
    }
}

fn tax_rate(category: &str) -> f64 {
    match category {
        "food" => 0.05,
        "books" => 0.0,
        _ => 0.0825,
    }
}

fn main() {
    let items = vec![
        LineItem { sku: "A-100", description: "Espresso beans 1kg".to_string(), qty: 2, unit_price: Money(1899), category: "food" },
        LineItem { sku: "B-7", description: "The Rust Book".to_string(), qty: 1, unit_price: Money(3950), category: "books" },
        LineItem { sku: "C-3301", description: "USB-C cable (2m)".to_string(), qty: 3, unit_price: Money(1249), category: "electronics" },
        LineItem { sku: "A-101", description: "Green tea sampler".to_string(), qty: 4, unit_price: Money(675), category: "food" },
        LineItem { sku: "D-42", description: "Mechanical keyboard with a very long name".to_string(), qty: 1, unit_price: Money(12900), category: "electronics" },
    ];

    let desc_w = 24;
    let title = "INVOICE #2024-0917";
    let total_width = 8 + 1 + desc_w + 1 + 5 + 1 + 10 + 1 + 11;
    println!("{:=^width$}", format!(" {} ", title), width = total_width);
    println!("{:<8} {:<desc_w$} {:>5} {:>10} {:>11}", "SKU", "Description", "Qty", "Unit", "Total", desc_w = desc_w);
    println!("{}", "-".repeat(total_width));

    let mut subtotal = Money(0);
    let mut by_category: BTreeMap<&str, (u32, i64)> = BTreeMap::new();
    let mut tax_cents = 0.0f64;
    for item in &items {
        let mut desc = item.description.clone();
        if desc.chars().count() > desc_w {
            desc = desc.chars().take(desc_w - 3).collect::<String>() + "...";
        }
        println!(
            "{:<8} {:<desc_w$} {:>5} {:>10} {:>11}",
            item.sku,
            desc,
            item.qty,
            item.unit_price,
            item.total(),
            desc_w = desc_w
        );
        subtotal.0 += item.total().0;
        let entry = by_category.entry(item.category).or_insert((0, 0));
        entry.0 += item.qty;
        entry.1 += item.total().0;
        tax_cents += item.total().0 as f64 * tax_rate(item.category);
    }
    println!("{}", "-".repeat(total_width));
    let tax = Money(tax_cents.round() as i64);
    let grand = Money(subtotal.0 + tax.0);
    let label_w = total_width - 12;
    println!("{:>label_w$} {:>11}", "Subtotal:", subtotal, label_w = label_w);
    println!("{:>label_w$} {:>11}", "Tax:", tax, label_w = label_w);
    println!("{:>label_w$} {:>11}", "TOTAL:", grand, label_w = label_w);
    println!();

    println!("{:^12}|{:^7}|{:^12}|{:^8}", "Category", "Units", "Amount", "Share");
    for (cat, (units, cents)) in &by_category {
        let share = *cents as f64 / subtotal.0 as f64 * 100.0;
        println!("{:<12}|{:>7}|{:>12}|{:>7.2}%", cat, units, Money(*cents), share);
    }
    println!();
    let discount = Money(-1500);
    println!("Discount applied: [{:<12}] [{:>12}] [{:^12}]", discount, discount, discount);
    println!("Raw debug: {:?}", discount);
    println!("Amount due after discount: {}", Money(grand.0 + discount.0));
    let cheapest = items
        .iter()
        .min_by(|a, b| a.unit_price.partial_cmp(&b.unit_price).unwrap())
        .unwrap();
    println!("Cheapest unit: {} at {} ({:?})", cheapest.sku, cheapest.unit_price, cheapest.category);
}
