use std::collections::BTreeMap;
use std::fmt;
use std::ops::{AddAssign, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Cents(i64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let s = format!("{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100);
        f.pad(&s)
    }
}
impl AddAssign for Cents { fn add_assign(&mut self, o: Cents) { self.0 += o.0; } }
impl Sub for Cents { type Output = Cents; fn sub(self, o: Cents) -> Cents { Cents(self.0 - o.0) } }

#[derive(Debug)]
enum Tx {
    Deposit { acct: u32, amount: Cents },
    Withdraw { acct: u32, amount: Cents },
    Transfer { from: u32, to: u32, amount: Cents },
}

#[derive(Debug)]
enum LedgerError { NoAccount(u32), Insufficient { acct: u32, need: Cents, have: Cents } }

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LedgerError::NoAccount(a) => write!(f, "account {a} does not exist"),
            LedgerError::Insufficient { acct, need, have } => write!(f, "account {acct}: need {need}, have {have}"),
        }
    }
}

struct Ledger { balances: BTreeMap<u32, Cents>, history: Vec<String> }

impl Ledger {
    fn balance_mut(&mut self, acct: u32) -> Result<&mut Cents, LedgerError> {
        self.balances.get_mut(&acct).ok_or(LedgerError::NoAccount(acct))
    }
    fn apply(&mut self, tx: &Tx) -> Result<(), LedgerError> {
        match *tx {
            Tx::Deposit { acct, amount } => *self.balance_mut(acct)? += amount,
            Tx::Withdraw { acct, amount } => {
                let bal = self.balance_mut(acct)?;
                if *bal < amount { return Err(LedgerError::Insufficient { acct, need: amount, have: *bal }); }
                *bal = *bal - amount;
            }
            Tx::Transfer { from, to, amount } => {
                self.balance_mut(to)?;
                self.apply(&Tx::Withdraw { acct: from, amount })?;
                self.apply(&Tx::Deposit { acct: to, amount })?;
            }
        }
        self.history.push(format!("{:?}", tx));
        Ok(())
    }
}

fn main() {
    let mut ledger = Ledger { balances: BTreeMap::new(), history: vec![] };
    for id in [101, 202, 303] { ledger.balances.insert(id, Cents::default()); }
    let txs = vec![
        Tx::Deposit { acct: 101, amount: Cents(50_000) },
        Tx::Deposit { acct: 202, amount: Cents(1_250) },
        Tx::Transfer { from: 101, to: 303, amount: Cents(12_345) },
        Tx::Withdraw { acct: 202, amount: Cents(2_000) },
        Tx::Transfer { from: 303, to: 404, amount: Cents(1) },
        Tx::Withdraw { acct: 303, amount: Cents(345) },
    ];
    let mut failures = 0;
    for (i, tx) in txs.iter().enumerate() {
        match ledger.apply(tx) {
            Ok(()) => println!("tx{i}: ok"),
            Err(e) => { failures += 1; println!("tx{i}: FAILED - {e}"); }
        }
    }
    println!("{:-^32}", " balances ");
    for (acct, bal) in &ledger.balances {
        println!("{acct:<6}{bal:>14}");
    }
    let total = ledger.balances.values().fold(Cents(0), |mut acc, &b| { acc += b; acc });
    println!("{:<6}{:>14}", "TOTAL", total);
    println!("history entries: {}, failures: {}", ledger.history.len(), failures);
    for h in ledger.history.iter().rev().take(2) { println!("  recent: {h}"); }

    let audit_limit = Cents(30_000);
    let rich: Vec<u32> = ledger.balances.iter().filter(|(_, b)| **b > audit_limit).map(|(a, _)| *a).collect();
    println!("accounts above {audit_limit}: {rich:?}");
    if failures > 1 {
        panic!("audit failed: {} of {} transactions rejected (total {})", failures, txs.len(), total);
    }
    println!("audit passed");
}
