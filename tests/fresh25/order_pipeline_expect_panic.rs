use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum StockError {
    UnknownSku(String),
    OutOfStock { sku: String, wanted: u32, have: u32 },
}

#[derive(Debug)]
enum PaymentError {
    Declined { card_tail: String },
    LimitExceeded(u64),
}

#[derive(Debug)]
enum OrderError {
    Parse(String),
    Quantity(ParseIntError),
    Stock(StockError),
    Payment(PaymentError),
}

impl fmt::Display for StockError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            StockError::UnknownSku(s) => write!(f, "unknown sku {}", s),
            StockError::OutOfStock { sku, wanted, have } => write!(f, "{}: wanted {}, only {} left", sku, wanted, have),
        }
    }
}

impl fmt::Display for OrderError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            OrderError::Parse(s) => write!(f, "malformed order: {}", s),
            OrderError::Quantity(e) => write!(f, "bad quantity: {}", e),
            OrderError::Stock(e) => write!(f, "stock problem: {}", e),
            OrderError::Payment(PaymentError::Declined { card_tail }) => write!(f, "card ****{} declined", card_tail),
            OrderError::Payment(PaymentError::LimitExceeded(c)) => write!(f, "amount {} exceeds limit", c),
        }
    }
}

impl Error for OrderError {}
impl From<ParseIntError> for OrderError { fn from(e: ParseIntError) -> Self { OrderError::Quantity(e) } }
impl From<StockError> for OrderError { fn from(e: StockError) -> Self { OrderError::Stock(e) } }
impl From<PaymentError> for OrderError { fn from(e: PaymentError) -> Self { OrderError::Payment(e) } }

struct Warehouse {
    stock: HashMap<String, (u32, u64)>,
}

impl Warehouse {
    fn reserve(&mut self, sku: &str, qty: u32) -> Result<u64, StockError> {
        let (have, price) = self.stock.get_mut(sku).ok_or_else(|| StockError::UnknownSku(sku.to_string()))?;
        if *have < qty {
            return Err(StockError::OutOfStock { sku: sku.to_string(), wanted: qty, have: *have });
        }
        *have -= qty;
        Ok(*price * qty as u64)
    }
}

fn charge(card: &str, cents: u64) -> Result<String, PaymentError> {
    let tail: String = card.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    if card.ends_with('0') {
        return Err(PaymentError::Declined { card_tail: tail });
    }
    if cents > 50_000 {
        return Err(PaymentError::LimitExceeded(cents));
    }
    Ok(format!("txn-{}-{}", tail, cents))
}

fn process(w: &mut Warehouse, line: &str) -> Result<(String, u64), OrderError> {
    let (card, items) = line.split_once(':').ok_or_else(|| OrderError::Parse(line.to_string()))?;
    let mut total = 0;
    for item in items.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (sku, qty) = item.split_once('*').ok_or_else(|| OrderError::Parse(item.to_string()))?;
        let qty: u32 = qty.trim().parse()?;
        total += w.reserve(sku.trim(), qty)?;
    }
    let txn = charge(card.trim(), total)?;
    Ok((txn, total))
}

fn main() {
    let mut w = Warehouse { stock: HashMap::new() };
    for (sku, qty, price) in [("PEN", 100, 150), ("BOOK", 5, 2400), ("LAMP", 2, 4599), ("DESK", 1, 32000)] {
        w.stock.insert(sku.to_string(), (qty, price));
    }
    let orders = [
        "4111222233334444: PEN*10, BOOK*1",
        "5500000000000000: PEN*1",
        "4111222233335555: LAMP*1, DESK*1",
        "4111222233336666: BOOK*3, LAMP*1",
        "4111222233337777 PEN*2",
        "4111222233338888: PEN*two",
        "4111222233339999: GLOBE*1",
        "4111222233331111: LAMP*2",
        "4111222233331212: DESK*1, BOOK*4, PEN*5",
    ];
    let mut revenue = 0;
    for (i, o) in orders.iter().enumerate() {
        match process(&mut w, o) {
            Ok((txn, cents)) => {
                revenue += cents;
                println!("order {} ok   {:>8.2} {}", i + 1, cents as f64 / 100.0, txn);
            }
            Err(e) => {
                let kind = match &e {
                    OrderError::Parse(_) | OrderError::Quantity(_) => "input",
                    OrderError::Stock(_) => "stock",
                    OrderError::Payment(_) => "payment",
                };
                println!("order {} FAIL [{:^7}] {}", i + 1, kind, e);
            }
        }
    }
    let mut left: Vec<(&String, &(u32, u64))> = w.stock.iter().collect();
    left.sort_by_key(|(k, _)| k.as_str());
    println!("revenue {:.2}", revenue as f64 / 100.0);
    println!("stock left: {}", left.iter().map(|(k, (q, _))| format!("{}={}", k, q)).collect::<Vec<_>>().join(" "));
    let (txn, _) = process(&mut w, "4111999988887777: BOOK*2").expect("priority order must go through");
    println!("priority {}", txn);
}
