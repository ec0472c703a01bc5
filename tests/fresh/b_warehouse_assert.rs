use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Bin {
    A1,
    A2,
    B1,
}

#[derive(Debug)]
enum Movement {
    Receive { bin: Bin, sku: &'static str, qty: i32 },
    Ship { bin: Bin, sku: &'static str, qty: i32 },
    Transfer { from: Bin, to: Bin, sku: &'static str, qty: i32 },
}

#[derive(Default)]
struct Warehouse {
    stock: HashMap<(Bin, &'static str), i32>,
    log: Vec<String>,
}

impl Warehouse {
    fn apply(&mut self, m: &Movement) {
        match *m {
            Movement::Receive { bin, sku, qty } => *self.stock.entry((bin, sku)).or_insert(0) += qty,
            Movement::Ship { bin, sku, qty } => *self.stock.entry((bin, sku)).or_insert(0) -= qty,
            Movement::Transfer { from, to, sku, qty } => {
                *self.stock.entry((from, sku)).or_insert(0) -= qty;
                *self.stock.entry((to, sku)).or_insert(0) += qty;
            }
        }
        self.log.push(format!("{:?}", m));
    }

    fn total(&self, sku: &str) -> i32 {
        self.stock.iter().filter(|((_, s), _)| *s == sku).map(|(_, q)| q).sum()
    }

    fn snapshot(&self) -> Vec<((Bin, &'static str), i32)> {
        let mut v: Vec<_> = self.stock.iter().map(|(k, v)| (*k, *v)).filter(|(_, q)| *q != 0).collect();
        v.sort();
        v
    }
}

fn main() {
    let movements = vec![
        Movement::Receive { bin: Bin::A1, sku: "bolt", qty: 500 },
        Movement::Receive { bin: Bin::A2, sku: "nut", qty: 800 },
        Movement::Transfer { from: Bin::A1, to: Bin::B1, sku: "bolt", qty: 120 },
        Movement::Ship { bin: Bin::B1, sku: "bolt", qty: 100 },
        Movement::Ship { bin: Bin::A2, sku: "nut", qty: 350 },
        Movement::Transfer { from: Bin::A2, to: Bin::A1, sku: "nut", qty: 50 },
        Movement::Ship { bin: Bin::A1, sku: "bolt", qty: 45 },
    ];
    let mut wh = Warehouse::default();
    for m in &movements {
        wh.apply(m);
    }
    for (i, entry) in wh.log.iter().enumerate() {
        println!("{}. {}", i + 1, entry);
    }
    for ((bin, sku), qty) in wh.snapshot() {
        println!("{:?} {:<5} {:>4}", bin, sku, qty);
    }
    let expected_bolts = 500 - 100 - 40;
    println!("bolts on hand: {}", wh.total("bolt"));
    println!("nuts on hand: {}", wh.total("nut"));
    assert_eq!(wh.total("nut"), 450, "nut count mismatch");
    assert_eq!(wh.total("bolt"), expected_bolts, "bolt count mismatch after {} movements", movements.len());
    println!("inventory reconciled");
}
