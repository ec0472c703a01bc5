use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Tool,
    Food,
    Part,
}

#[derive(Debug)]
enum ParseItemError {
    MissingField(&'static str),
    BadNumber(String),
    UnknownCategory(String),
}

impl fmt::Display for ParseItemError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseItemError::MissingField(name) => write!(f, "missing field `{}`", name),
            ParseItemError::BadNumber(s) => write!(f, "bad number: {:?}", s),
            ParseItemError::UnknownCategory(c) => write!(f, "unknown category '{c}'"),
        }
    }
}

impl std::error::Error for ParseItemError {}

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    name: String,
    category: Category,
    qty: u32,
    unit_price: f64,
}

impl FromStr for Category {
    type Err = ParseItemError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "tool" => Ok(Category::Tool),
            "food" => Ok(Category::Food),
            "part" => Ok(Category::Part),
            other => Err(ParseItemError::UnknownCategory(other.to_string())),
        }
    }
}

impl FromStr for Item {
    type Err = ParseItemError;
    fn from_str(line: &str) -> Result<Self, Self::Err> {
        let mut parts = line.split(',').map(str::trim);
        let sku = parts.next().filter(|s| !s.is_empty()).ok_or(ParseItemError::MissingField("sku"))?;
        let name = parts.next().ok_or(ParseItemError::MissingField("name"))?;
        let category: Category = parts.next().ok_or(ParseItemError::MissingField("category"))?.parse()?;
        let qty_s = parts.next().ok_or(ParseItemError::MissingField("qty"))?;
        let qty = qty_s.parse::<u32>().map_err(|_| ParseItemError::BadNumber(qty_s.to_string()))?;
        let price_s = parts.next().ok_or(ParseItemError::MissingField("price"))?;
        let unit_price = price_s.parse::<f64>().map_err(|_| ParseItemError::BadNumber(price_s.to_string()))?;
        Ok(Item { sku: sku.to_string(), name: name.to_string(), category, qty, unit_price })
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<6}|{:<14}|{:>5}|{:>9.2}|{:>10.2}", self.sku, self.name, self.qty, self.unit_price, self.value())
    }
}

impl Item {
    fn value(&self) -> f64 {
        self.qty as f64 * self.unit_price
    }
}

fn main() {
    let raw = "\
A100, Hammer, tool, 12, 9.99
B200, Apples, food, 140, 0.35
C300, Bolt M6, part, 900, 0.04
A101, Screwdriver, TOOL, 30, 4.5
X999, Mystery, toy, 1, 1.0
B201, Rice 1kg, food, 25, 2.10
C301, Nut M6, part, abc, 0.03
, Nameless, part, 1, 1.0
C302, Washer, part, 1500, 0.01";

    let mut items = Vec::new();
    let mut errors: Vec<(usize, String)> = Vec::new();
    for (lineno, line) in raw.lines().enumerate() {
        match line.parse::<Item>() {
            Ok(item) => items.push(item),
            Err(e) => errors.push((lineno + 1, e.to_string())),
        }
    }

    println!("Parsed {} items, {} errors", items.len(), errors.len());
    for (n, e) in &errors {
        println!("  line {n:>2}: {e}");
    }

    let mut by_cat: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    for it in &items {
        by_cat.entry(format!("{:?}", it.category)).or_default().push(it);
    }

    for (cat, list) in &by_cat {
        println!("== {cat:^10} ==");
        let mut sorted = list.clone();
        sorted.sort_by(|a, b| b.value().partial_cmp(&a.value()).unwrap().then_with(|| a.sku.cmp(&b.sku)));
        for it in sorted {
            println!("{}", it);
        }
        let total: f64 = list.iter().map(|i| i.value()).sum();
        println!("{:>40}{:>10.2}", "subtotal:", total);
    }

    let mut initials: HashMap<char, u32> = HashMap::new();
    for it in &items {
        let c = it.name.chars().next().unwrap_or('?');
        initials.entry(c).and_modify(|n| *n += it.qty).or_insert(it.qty);
    }
    let mut keys: Vec<_> = initials.into_iter().collect();
    keys.sort();
    let summary: Vec<String> = keys.iter().map(|(c, q)| format!("{c}={q}")).collect();
    println!("qty by initial: {}", summary.join(" "));

    let low_stock: Vec<&str> = items.iter().filter(|i| i.qty < 50).map(|i| i.sku.as_str()).collect();
    println!("low stock: {:?}", low_stock);
    let grand: f64 = items.iter().map(Item::value).sum();
    println!("grand total = {grand:010.3}");
}
