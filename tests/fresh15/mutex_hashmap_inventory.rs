use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;

#[derive(Debug, Clone, PartialEq)]
enum InvError {
    UnknownItem(String),
    Insufficient { item: String, wanted: u32, have: u32 },
}

impl fmt::Display for InvError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            InvError::UnknownItem(i) => write!(f, "unknown item '{}'", i),
            InvError::Insufficient { item, wanted, have } => write!(f, "need {} of {}, have {}", wanted, item, have),
        }
    }
}

impl std::error::Error for InvError {}

#[derive(Clone)]
struct Inventory {
    stock: Arc<Mutex<HashMap<String, u32>>>,
}

impl Inventory {
    fn new(items: &[(&str, u32)]) -> Self {
        let map = items.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        Inventory { stock: Arc::new(Mutex::new(map)) }
    }

    fn guard(&self) -> MutexGuard<'_, HashMap<String, u32>> {
        self.stock.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn take(&self, item: &str, n: u32) -> Result<u32, InvError> {
        let mut stock = self.guard();
        let have = stock.get_mut(item).ok_or_else(|| InvError::UnknownItem(item.to_string()))?;
        if *have < n {
            return Err(InvError::Insufficient { item: item.to_string(), wanted: n, have: *have });
        }
        *have -= n;
        Ok(*have)
    }

    fn restock(&self, item: &str, n: u32) {
        *self.guard().entry(item.to_string()).or_insert(0) += n;
    }

    fn snapshot(&self) -> Vec<(String, u32)> {
        let mut v: Vec<_> = self.guard().iter().map(|(k, v)| (k.clone(), *v)).collect();
        v.sort();
        v
    }
}

fn main() {
    let inv = Inventory::new(&[("bolt", 1000), ("nut", 1000), ("washer", 500), ("gear", 40)]);
    let orders: Vec<Vec<(&'static str, u32)>> = vec![
        vec![("bolt", 10), ("nut", 10), ("sprocket", 1)],
        vec![("washer", 25), ("gear", 2)],
        vec![("bolt", 7), ("gear", 3), ("nut", 14)],
        vec![("washer", 5), ("bolt", 1), ("flux", 2)],
    ];

    let handles: Vec<thread::JoinHandle<(usize, u32, Vec<String>)>> = orders
        .into_iter()
        .enumerate()
        .map(|(worker, order)| {
            let inv = inv.clone();
            thread::spawn(move || {
                let mut taken = 0;
                let mut errors = Vec::new();
                for round in 0..5 {
                    for (item, qty) in &order {
                        match inv.take(item, *qty) {
                            Ok(_) => taken += qty,
                            Err(e @ InvError::UnknownItem(_)) if round == 0 => errors.push(e.to_string()),
                            Err(InvError::UnknownItem(_)) => {}
                            Err(e) => errors.push(e.to_string()),
                        }
                    }
                    if worker % 2 == 0 {
                        inv.restock("washer", 3);
                    }
                }
                (worker, taken, errors)
            })
        })
        .collect();

    let mut results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    results.sort_by_key(|r| r.0);
    let mut total_taken = 0;
    for (worker, taken, errors) in &results {
        total_taken += taken;
        println!("worker {} took {} units; errors: {:?}", worker, taken, errors);
    }
    println!("total taken: {}", total_taken);
    let snap = inv.snapshot();
    for (item, qty) in &snap {
        println!("  {:<7} {}", item, qty);
    }
    let remaining: u32 = snap.iter().map(|(_, q)| q).sum();
    println!("conservation: initial 2540 + restocked 30 = {} ", remaining + total_taken);

    let big: Result<u32, Box<dyn std::error::Error>> = inv.take("gear", 1000).map_err(|e| e.into());
    match big {
        Ok(left) => println!("unexpected success, left {}", left),
        Err(e) => println!("big order failed: {}", e),
    }
    println!("Arc owners of stock map: {}", Arc::strong_count(&inv.stock));
}
