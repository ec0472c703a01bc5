// Observer pattern over Rc<RefCell<...>>; a re-entrant notification double-borrows and panics.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Default)]
struct Ledger {
    balances: BTreeMap<String, i64>,
    history: Vec<(String, i64)>,
}

type Shared = Rc<RefCell<Ledger>>;

trait Listener {
    fn on_change(&self, ledger: &Shared, account: &str, delta: i64);
}

struct Printer;
impl Listener for Printer {
    fn on_change(&self, ledger: &Shared, account: &str, delta: i64) {
        let l = ledger.borrow();
        println!("  [printer] {} {:+} -> {}", account, delta, l.balances[account]);
    }
}

struct FeeCollector {
    rate_percent: i64,
}
impl Listener for FeeCollector {
    fn on_change(&self, ledger: &Shared, account: &str, delta: i64) {
        if delta < 0 {
            let fee = (-delta) * self.rate_percent / 100;
            // Bug: holds a mutable borrow while asking for the balance again.
            let mut l = ledger.borrow_mut();
            let current = *l.balances.get(account).unwrap_or(&0);
            println!("  [fees] charging {} on {} (balance {})", fee, account, current);
            let audit = ledger.borrow().history.len();
            l.history.push((format!("fee:{}", account), -fee));
            println!("  [fees] audit {}", audit);
        }
    }
}

struct Bank {
    ledger: Shared,
    listeners: Vec<Box<dyn Listener>>,
}

impl Bank {
    fn apply(&self, account: &str, delta: i64) {
        {
            let mut l = self.ledger.borrow_mut();
            *l.balances.entry(account.to_string()).or_insert(0) += delta;
            l.history.push((account.to_string(), delta));
        }
        println!("apply {} {:+}", account, delta);
        for lst in &self.listeners {
            lst.on_change(&self.ledger, account, delta);
        }
    }
}

fn main() {
    let ledger: Shared = Rc::new(RefCell::new(Ledger::default()));
    let bank = Bank {
        ledger: Rc::clone(&ledger),
        listeners: vec![Box::new(Printer), Box::new(FeeCollector { rate_percent: 2 })],
    };
    bank.apply("alice", 500);
    bank.apply("bob", 120);
    bank.apply("alice", 250);
    println!("state: {:?}", ledger.borrow().balances);
    println!("history len: {}", ledger.borrow().history.len());
    println!("try_borrow_mut ok while idle: {}", ledger.try_borrow_mut().is_ok());
    {
        let _r = ledger.borrow();
        println!("try_borrow_mut while reading: {}", ledger.try_borrow_mut().is_err());
    }
    bank.apply("alice", -300);
    println!("unreachable end");
}
