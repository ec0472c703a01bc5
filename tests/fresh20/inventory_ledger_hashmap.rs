use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{Hash, Hasher};

#[derive(Clone, Debug, Eq)]
struct Sku {
    code: String,
    check: u8,
}

impl Sku {
    fn new(raw: &str) -> Sku {
        let code = raw.trim().to_ascii_uppercase();
        let check = code.bytes().fold(0u8, |a, b| a.wrapping_mul(31).wrapping_add(b));
        Sku { code, check }
    }
}

impl PartialEq for Sku {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Hash for Sku {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

impl Borrow<str> for Sku {
    fn borrow(&self) -> &str {
        &self.code
    }
}

impl fmt::Display for Sku {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&format!("{}#{:03}", self.code, self.check))
    }
}

#[derive(Default, Debug, Clone, Copy)]
struct Stock {
    qty: i32,
    moves: u32,
    value_cents: i64,
}

enum Event<'a> {
    Receive(&'a str, i32, i64),
    Ship(&'a str, i32),
    Adjust(&'a str, i32),
}

const LOG: &str = "
R widget-a 40 125
R gadget-b 10 999
S widget-a 15
R bolt-m6 500 3
S bolt-m6 120
A gadget-b -1
R Widget-A 5 130
S gizmo-x 2
S bolt-m6 80
R gizmo-x 7 4500
";

fn parse(line: &str) -> Option<Event<'_>> {
    let f: Vec<&str> = line.split_whitespace().collect();
    match f.as_slice() {
        ["R", sku, q, c] => Some(Event::Receive(sku, q.parse().ok()?, c.parse().ok()?)),
        ["S", sku, q] => Some(Event::Ship(sku, q.parse().ok()?)),
        ["A", sku, q] => Some(Event::Adjust(sku, q.parse().ok()?)),
        _ => None,
    }
}

fn main() {
    let mut inv: HashMap<Sku, Stock> = HashMap::new();
    let mut backorders: Vec<String> = Vec::new();
    for line in LOG.lines().filter(|l| !l.trim().is_empty()) {
        match parse(line) {
            Some(Event::Receive(s, q, c)) => {
                let st = inv.entry(Sku::new(s)).or_default();
                st.qty += q;
                st.moves += 1;
                st.value_cents += q as i64 * c;
            }
            Some(Event::Ship(s, q)) => {
                let key = s.to_ascii_uppercase();
                match inv.get_mut(key.as_str()) {
                    Some(st) if st.qty >= q => {
                        st.qty -= q;
                        st.moves += 1;
                    }
                    Some(st) => backorders.push(format!("{key}: want {q}, have {}", st.qty)),
                    None => backorders.push(format!("{key}: unknown item")),
                }
            }
            Some(Event::Adjust(s, q)) => {
                inv.entry(Sku::new(s)).and_modify(|st| st.qty += q).or_insert(Stock { qty: q, ..Default::default() });
            }
            None => println!("skipping {:?}", line),
        }
    }
    let mut keys: Vec<&Sku> = inv.keys().collect();
    keys.sort_by(|a, b| a.code.cmp(&b.code));
    println!("{:<14}|{:>6}|{:>6}|{:>10}", "sku", "qty", "moves", "avg cost");
    for k in keys {
        let st = &inv[k.code.as_str()];
        let avg = st.value_cents as f64 / 100.0 / (st.qty.max(1) as f64);
        println!("{:<14}|{:>6}|{:>6}|{:>10.2}", k, st.qty, st.moves, avg);
    }
    for b in &backorders {
        println!("backorder: {b}");
    }
    println!("has WIDGET-A: {}, has widget-a: {}", inv.contains_key("WIDGET-A"), inv.contains_key("widget-a"));
    let by_qty: BTreeMap<i32, Vec<&str>> = inv.iter().fold(BTreeMap::new(), |mut m, (k, v)| {
        m.entry(v.qty).or_insert_with(Vec::new).push(k.borrow());
        m
    });
    for (q, names) in by_qty.iter().rev() {
        let mut names = names.clone();
        names.sort_unstable();
        println!("qty {:>4}: {}", q, names.join(","));
    }
    let total: i64 = inv.values().map(|s| s.value_cents).sum();
    println!("total received value: ${}.{:02}", total / 100, total % 100);
}
