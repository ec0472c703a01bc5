// CSV inventory loader that uses expect() on a malformed record.
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone)]
struct Item {
    sku: String,
    qty: u32,
    price_cents: u64,
}

#[derive(Debug)]
enum ParseItemError {
    WrongFieldCount(usize),
    BadQty(String),
    BadPrice(String),
}

impl fmt::Display for ParseItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WrongFieldCount(n) => write!(f, "expected 3 fields, got {}", n),
            Self::BadQty(s) => write!(f, "bad quantity {:?}", s),
            Self::BadPrice(s) => write!(f, "bad price {:?}", s),
        }
    }
}

impl FromStr for Item {
    type Err = ParseItemError;
    fn from_str(line: &str) -> Result<Self, Self::Err> {
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let [sku, qty, price] = fields.as_slice() else {
            return Err(ParseItemError::WrongFieldCount(fields.len()));
        };
        let qty = qty.parse().map_err(|_| ParseItemError::BadQty(qty.to_string()))?;
        let price_cents = match price.split_once('.') {
            Some((d, c)) if c.len() == 2 => d
                .parse::<u64>()
                .ok()
                .zip(c.parse::<u64>().ok())
                .map(|(d, c)| d * 100 + c),
            None => price.parse::<u64>().ok().map(|d| d * 100),
            _ => None,
        }
        .ok_or_else(|| ParseItemError::BadPrice(price.to_string()))?;
        Ok(Item { sku: sku.to_string(), qty, price_cents })
    }
}

fn load(text: &str) -> Vec<Item> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(i, l)| {
            println!("parsing record {}: {}", i + 1, l);
            l.parse::<Item>().expect("inventory file must be well-formed")
        })
        .collect()
}

fn main() {
    let samples = ["A-1, 3, 4.50", "B-2,x,1.00", "C-3, 2", "D-4, 1, 3.5", "E-5, 10, 12"];
    for s in samples {
        match s.parse::<Item>() {
            Ok(it) => println!("ok   {:<5} qty={:<3} price={}", it.sku, it.qty, it.price_cents),
            Err(e) => println!("err  {:<14} -> {}", s, e),
        }
    }
    let good = "# sku, qty, price\nW-1, 4, 2.25\nW-2, 1, 10\n\nW-3, 7, 0.99\n";
    let items = load(good);
    let mut value: HashMap<&str, u64> = HashMap::new();
    for it in &items {
        value.insert(&it.sku, it.qty as u64 * it.price_cents);
    }
    let mut v: Vec<_> = value.into_iter().collect();
    v.sort_by_key(|&(k, c)| (std::cmp::Reverse(c), k));
    println!("{:?}", v);
    let total: u64 = items.iter().map(|i| i.qty as u64 * i.price_cents).sum();
    println!("total ${}.{:02}", total / 100, total % 100);
    let bad = "Z-1, 2, 1.00\nZ-2, two, 3.00\nZ-3, 1, 1.00";
    let items = load(bad);
    println!("loaded {}", items.len());
}
