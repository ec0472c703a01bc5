use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::mpsc::{self, Receiver};
use std::thread::{self, JoinHandle};

#[derive(Debug, Clone, PartialEq)]
struct Order {
    id: u32,
    customer: String,
    qty: u32,
    unit_cents: u64,
}

#[derive(Debug, PartialEq)]
enum ParseErr {
    Fields(usize),
    Number(String),
}

impl FromStr for Order {
    type Err = ParseErr;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.split(',').map(str::trim).collect();
        if parts.len() != 4 {
            return Err(ParseErr::Fields(parts.len()));
        }
        let num = |t: &str| t.parse::<u64>().map_err(|_| ParseErr::Number(t.to_string()));
        Ok(Order {
            id: num(parts[0])? as u32,
            customer: parts[1].to_string(),
            qty: num(parts[2])? as u32,
            unit_cents: num(parts[3])?,
        })
    }
}

/// A generic pipeline stage: consumes from `input`, emits zero or one output per item.
fn stage<I, O, F>(name: &str, input: Receiver<I>, mut f: F) -> (Receiver<O>, JoinHandle<(String, usize, usize)>)
where
    I: Send + 'static,
    O: Send + 'static,
    F: FnMut(I) -> Option<O> + Send + 'static,
{
    let (tx, rx) = mpsc::channel();
    let name = name.to_string();
    let handle = thread::Builder::new()
        .name(name.clone())
        .spawn(move || {
            let (mut seen, mut emitted) = (0, 0);
            for item in input {
                seen += 1;
                if let Some(out) = f(item) {
                    emitted += 1;
                    if tx.send(out).is_err() {
                        break;
                    }
                }
            }
            (name, seen, emitted)
        })
        .unwrap();
    (rx, handle)
}

fn main() {
    let raw = vec![
        "1, alice, 3, 250", "2, bob, 1, 9999", "garbage line", "3, carol, 10, 75",
        "4, alice, 2, 1200", "5, dave, x, 100", "6, bob, 4, 310", "7, erin, 0, 500",
        "8, carol, 1, 50000", "9, alice, 7, 99", "10, frank, 2, 640, extra", "11, erin, 5, 205",
    ];
    let (src_tx, src_rx) = mpsc::channel::<String>();
    let producer = thread::spawn(move || {
        for line in raw {
            src_tx.send(line.to_string()).unwrap();
        }
    });

    let (err_tx, err_rx) = mpsc::channel::<(String, ParseErr)>();
    let (parsed, h1) = stage("parse", src_rx, move |line: String| match line.parse::<Order>() {
        Ok(o) => Some(o),
        Err(e) => {
            err_tx.send((line, e)).unwrap();
            None
        }
    });
    let (valid, h2) = stage("validate", parsed, |o: Order| if o.qty > 0 && o.unit_cents < 10_000 { Some(o) } else { None });
    let (priced, h3) = stage("price", valid, |o: Order| {
        let total = o.qty as u64 * o.unit_cents;
        let discounted = if total > 1000 { total * 9 / 10 } else { total };
        Some((o.id, o.customer, discounted))
    });

    let sink = thread::spawn(move || {
        let mut per_customer: BTreeMap<String, (u32, u64)> = BTreeMap::new();
        let mut ids = Vec::new();
        for (id, customer, cents) in priced {
            ids.push(id);
            let e = per_customer.entry(customer).or_insert((0, 0));
            e.0 += 1;
            e.1 += cents;
        }
        (ids, per_customer)
    });

    producer.join().unwrap();
    let mut stats = vec![h1.join().unwrap(), h2.join().unwrap(), h3.join().unwrap()];
    stats.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (ids, per_customer) = sink.join().unwrap();

    for (name, seen, emitted) in &stats {
        println!("stage {:<9} seen={:<3} emitted={}", name, seen, emitted);
    }
    println!("order ids reaching sink (in order): {:?}", ids);
    for (customer, (n, cents)) in &per_customer {
        println!("{:<6} orders={} total=${}.{:02}", customer, n, cents / 100, cents % 100);
    }
    let errors: Vec<(String, ParseErr)> = err_rx.iter().collect();
    for (line, e) in &errors {
        println!("rejected {:?}: {:?}", line, e);
    }
    let grand: u64 = per_customer.values().map(|(_, c)| c).sum();
    println!("grand total cents: {}", grand);
}
