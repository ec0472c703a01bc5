use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct AccountId(u32);

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("ACC-{:05}", self.0);
        f.pad(&s)
    }
}

#[derive(Debug)]
enum Tx {
    Deposit(AccountId, u64),
    Withdraw(AccountId, u64),
    Transfer { from: AccountId, to: AccountId, amount: u64 },
    Interest { basis_points: u32 },
}

#[derive(Debug)]
enum LedgerError {
    Insufficient { account: AccountId, balance: u64, wanted: u64 },
    UnknownAccount(AccountId),
    Overflow(AccountId),
}

struct Ledger {
    balances: BTreeMap<AccountId, u64>,
    history: Vec<String>,
}

impl Ledger {
    fn balance_mut(&mut self, id: AccountId) -> Result<&mut u64, LedgerError> {
        self.balances.get_mut(&id).ok_or(LedgerError::UnknownAccount(id))
    }

    fn apply(&mut self, tx: &Tx) -> Result<(), LedgerError> {
        match *tx {
            Tx::Deposit(id, amt) => {
                let b = self.balance_mut(id)?;
                *b = b.checked_add(amt).ok_or(LedgerError::Overflow(id))?;
            }
            Tx::Withdraw(id, amt) => {
                let b = self.balance_mut(id)?;
                *b = b.checked_sub(amt).ok_or(LedgerError::Insufficient { account: id, balance: *b, wanted: amt })?;
            }
            Tx::Transfer { from, to, amount } => {
                self.balance_mut(to)?;
                self.apply(&Tx::Withdraw(from, amount))?;
                self.apply(&Tx::Deposit(to, amount))?;
            }
            Tx::Interest { basis_points } => {
                for (_, b) in self.balances.iter_mut() {
                    let interest = (*b as u128 * basis_points as u128 / 10_000) as u64;
                    *b = b.saturating_add(interest);
                }
            }
        }
        self.history.push(format!("{:?}", tx));
        Ok(())
    }

    fn print(&self) {
        for (id, cents) in &self.balances {
            println!("  {:<12}{:>14}", id, format!("{}.{:02}", cents / 100, cents % 100));
        }
        let total: u64 = self.balances.values().sum();
        println!("  {:<12}{:>14}", "TOTAL", format!("{}.{:02}", total / 100, total % 100));
    }
}

fn main() {
    let (a, b, c) = (AccountId(1), AccountId(42), AccountId(7));
    let mut ledger = Ledger { balances: BTreeMap::new(), history: vec![] };
    for id in [a, b, c] {
        ledger.balances.insert(id, 0);
    }
    let txs = vec![
        Tx::Deposit(a, 150_000),
        Tx::Deposit(b, 2_500),
        Tx::Transfer { from: a, to: c, amount: 40_050 },
        Tx::Withdraw(b, 9_999),
        Tx::Deposit(AccountId(99), 1),
        Tx::Interest { basis_points: 125 },
        Tx::Deposit(c, u64::MAX),
        Tx::Transfer { from: c, to: b, amount: 10_000 },
    ];
    for (i, tx) in txs.iter().enumerate() {
        match ledger.apply(tx) {
            Ok(()) => println!("tx {:>2} ok", i),
            Err(LedgerError::Insufficient { account, balance, wanted }) => {
                println!("tx {:>2} rejected: {} has {} but needs {} (short by {})", i, account, balance, wanted, wanted - balance)
            }
            Err(e) => println!("tx {:>2} failed: {:?}", i, e),
        }
    }
    ledger.print();
    println!("history ({} entries):", ledger.history.len());
    for h in &ledger.history {
        println!("  - {}", h);
    }
    let audit_limit: u64 = 100_000;
    let over: Vec<String> = ledger.balances.iter().filter(|(_, v)| **v > audit_limit).map(|(k, v)| format!("{k}={v}")).collect();
    println!("over audit limit: {:?}", over);
    let final_tx = Tx::Withdraw(b, 1_000_000);
    if let Err(e) = ledger.apply(&final_tx) {
        panic!("unrecoverable ledger state after {:?}: {:?}", final_tx, e);
    }
    println!("unreachable");
}
