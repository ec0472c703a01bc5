// Observer pattern: a stock ticker notifies shared subscribers.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

pub trait Observer {
    fn notify(&mut self, symbol: &str, price: u32);
}

#[derive(Default, Debug)]
pub struct PriceLog {
    pub entries: Vec<String>,
}

impl Observer for PriceLog {
    fn notify(&mut self, symbol: &str, price: u32) {
        self.entries.push(format!("{}@{}", symbol, price));
    }
}

#[derive(Default, Debug)]
pub struct HighWater {
    pub highs: BTreeMap<String, u32>,
}

impl Observer for HighWater {
    fn notify(&mut self, symbol: &str, price: u32) {
        let e = self.highs.entry(symbol.to_string()).or_insert(price);
        *e = (*e).max(price);
    }
}

#[derive(Default)]
pub struct Ticker {
    observers: Vec<Weak<RefCell<dyn Observer>>>,
}

impl Ticker {
    pub fn subscribe(&mut self, obs: &Rc<RefCell<dyn Observer>>) {
        self.observers.push(Rc::downgrade(obs));
    }

    /// Publishes a price; returns how many observers were still alive.
    pub fn publish(&mut self, symbol: &str, price: u32) -> usize {
        self.observers.retain(|w| w.strong_count() > 0);
        for w in &self.observers {
            if let Some(o) = w.upgrade() {
                o.borrow_mut().notify(symbol, price);
            }
        }
        self.observers.len()
    }
}

fn main() {
    let log = Rc::new(RefCell::new(PriceLog::default()));
    let as_obs: Rc<RefCell<dyn Observer>> = log.clone();
    let mut t = Ticker::default();
    t.subscribe(&as_obs);
    t.publish("ACME", 10);
    println!("{:?}", log.borrow().entries);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (Ticker, Rc<RefCell<PriceLog>>, Rc<RefCell<HighWater>>) {
        let log = Rc::new(RefCell::new(PriceLog::default()));
        let high = Rc::new(RefCell::new(HighWater::default()));
        let mut t = Ticker::default();
        let a: Rc<RefCell<dyn Observer>> = log.clone();
        let b: Rc<RefCell<dyn Observer>> = high.clone();
        t.subscribe(&a);
        t.subscribe(&b);
        (t, log, high)
    }

    #[test]
    fn both_observers_notified() {
        let (mut t, log, high) = setup();
        assert_eq!(t.publish("ACME", 12), 2);
        assert_eq!(log.borrow().entries, vec!["ACME@12"]);
        assert_eq!(high.borrow().highs.get("ACME"), Some(&12));
    }

    #[test]
    fn high_water_mark_keeps_max() {
        let (mut t, _log, high) = setup();
        for p in [5, 9, 3, 7] {
            t.publish("XYZ", p);
        }
        t.publish("ABC", 1);
        let highs: Vec<(String, u32)> = high.borrow().highs.clone().into_iter().collect();
        println!("highs = {:?}", highs);
        assert_eq!(highs, vec![("ABC".to_string(), 1), ("XYZ".to_string(), 9)]);
    }

    #[test]
    fn dropped_observer_is_removed() {
        let (mut t, log, high) = setup();
        drop(log);
        assert_eq!(t.publish("ACME", 1), 1, "only the high-water observer survives");
        assert_eq!(Rc::strong_count(&high), 1);
    }

    #[test]
    fn rc_counts() {
        let (t, log, _high) = setup();
        assert_eq!(Rc::strong_count(&log), 1, "ticker holds only weak references");
        assert_eq!(Rc::weak_count(&log), 1);
        drop(t);
        assert_eq!(Rc::weak_count(&log), 0);
    }

    #[test]
    fn log_order_is_publication_order() {
        let (mut t, log, _) = setup();
        t.publish("B", 2);
        t.publish("A", 1);
        assert_eq!(log.borrow().entries.join(" "), "B@2 A@1");
    }
}
