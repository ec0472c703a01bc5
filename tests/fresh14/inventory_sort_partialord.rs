use std::collections::{BTreeMap, HashMap};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Category { Tools, Food, Toys }

#[derive(Debug, Clone, PartialEq, PartialOrd, Default)]
struct Price(f64);

#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Item { category: Category, price: Price, name: String, qty: u32 }

#[derive(Debug, Default)]
struct Filter { min_qty: u32, max_price: Option<f64>, category: Option<Category>, label: String }

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<12}{:>8.2}{:>5} {:?}", self.name, self.price.0, self.qty, self.category)
    }
}

fn apply<'a>(items: &'a [Item], flt: &Filter) -> Vec<&'a Item> {
    items.iter().filter(|it| {
        it.qty >= flt.min_qty
            && flt.max_price.map_or(true, |m| it.price.0 <= m)
            && flt.category.map_or(true, |c| c == it.category)
    }).collect()
}

fn main() {
    let raw = [
        ("hammer", Category::Tools, 12.5, 4), ("apple", Category::Food, 0.4, 120),
        ("yoyo", Category::Toys, 3.25, 15), ("wrench", Category::Tools, 9.99, 0),
        ("bread", Category::Food, 2.1, 30), ("kite", Category::Toys, 14.0, 3),
        ("saw", Category::Tools, 21.0, 2), ("cheese", Category::Food, 7.8, 12),
    ];
    let items: Vec<Item> = raw.iter()
        .map(|&(n, c, p, q)| Item { category: c, price: Price(p), name: n.to_string(), qty: q }).collect();

    let mut sorted = items.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("-- derived PartialOrd order (category, price, name) --");
    for it in &sorted { println!("{}", it); }

    let mut by_value = items.clone();
    by_value.sort_by(|a, b| (b.price.0 * b.qty as f64).partial_cmp(&(a.price.0 * a.qty as f64)).unwrap().then_with(|| a.name.cmp(&b.name)));
    println!("-- by stock value desc --");
    for it in by_value.iter().take(4) { println!("{:<10}{:>10.2}", it.name, it.price.0 * it.qty as f64); }

    let filters = vec![
        Filter { min_qty: 1, label: "in stock".into(), ..Default::default() },
        Filter { max_price: Some(5.0), label: "cheap".into(), ..Default::default() },
        Filter { category: Some(Category::Tools), min_qty: 1, label: "tools avail".into(), ..Default::default() },
    ];
    for f in &filters {
        let names: Vec<&str> = apply(&items, f).iter().map(|i| i.name.as_str()).collect();
        println!("{:>12}: {}", f.label, names.join(", "));
    }

    let mut totals: HashMap<Category, (u32, f64)> = HashMap::new();
    for it in &items {
        let e = totals.entry(it.category).or_insert((0, 0.0));
        e.0 += it.qty;
        e.1 += it.price.0 * it.qty as f64;
    }
    let ordered: BTreeMap<_, _> = totals.into_iter().collect();
    for (c, (q, v)) in &ordered { println!("{:<6?}|{:^7}|{:>9.3}", c, q, v); }
    println!("{}", Price(1.0) < Price(1.5));
    println!("{:?}", Price::default());
    let cheapest = items.iter().min_by(|a, b| a.price.partial_cmp(&b.price).unwrap()).unwrap();
    println!("cheapest: {:#?}", cheapest);
}
