use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct AccountId(u32);

#[derive(Debug, Clone, PartialEq)]
enum Tx {
    Deposit { to: AccountId, amount: u64 },
    Withdraw { from: AccountId, amount: u64 },
    Transfer { from: AccountId, to: AccountId, amount: u64 },
}

#[derive(Debug, PartialEq)]
enum LedgerError { NoAccount(AccountId), InsufficientFunds { id: AccountId, balance: u64, needed: u64 }, Overflow, SameAccount }

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LedgerError::NoAccount(id) => write!(f, "account #{} does not exist", id.0),
            LedgerError::InsufficientFunds { id, balance, needed } => write!(f, "account #{} has {} but needs {}", id.0, balance, needed),
            LedgerError::Overflow => write!(f, "balance overflow"),
            LedgerError::SameAccount => write!(f, "transfer to same account"),
        }
    }
}

impl std::error::Error for LedgerError {}

#[derive(Default)]
struct Ledger {
    balances: BTreeMap<AccountId, u64>,
    history: Vec<(Tx, bool)>,
    fees_collected: u64,
}

const FEE_PERCENT: u64 = 1;

impl Ledger {
    fn open(&mut self, id: u32, initial: u64) -> AccountId {
        let id = AccountId(id);
        self.balances.insert(id, initial);
        id
    }

    fn balance_mut(&mut self, id: AccountId) -> Result<&mut u64, LedgerError> { self.balances.get_mut(&id).ok_or(LedgerError::NoAccount(id)) }

    fn apply(&mut self, tx: &Tx) -> Result<u64, LedgerError> {
        match *tx {
            Tx::Deposit { to, amount } => {
                let b = self.balance_mut(to)?;
                *b = b.checked_add(amount).ok_or(LedgerError::Overflow)?;
                Ok(*b)
            }
            Tx::Withdraw { from, amount } => {
                let b = self.balance_mut(from)?;
                if *b < amount {
                    return Err(LedgerError::InsufficientFunds { id: from, balance: *b, needed: amount });
                }
                *b -= amount;
                Ok(*b)
            }
            Tx::Transfer { from, to, .. } if from == to => Err(LedgerError::SameAccount),
            Tx::Transfer { from, to, amount } => {
                let fee = (amount * FEE_PERCENT).div_ceil(100);
                let total = amount + fee;
                self.balance_mut(to)?;
                let src = self.balance_mut(from)?;
                if *src < total {
                    return Err(LedgerError::InsufficientFunds { id: from, balance: *src, needed: total });
                }
                *src -= total;
                let left = *src;
                let dst = self.balance_mut(to)?;
                *dst = dst.checked_add(amount).ok_or(LedgerError::Overflow)?;
                self.fees_collected += fee;
                Ok(left)
            }
        }
    }

    fn process(&mut self, txs: Vec<Tx>) {
        for tx in txs {
            let res = self.apply(&tx);
            match &res {
                Ok(left) => println!("OK   {:?} -> balance {}", tx, left),
                Err(e) => println!("ERR  {:?} -> {}", tx, e),
            }
            self.history.push((tx, res.is_ok()));
        }
    }
}

fn main() {
    let mut ledger = Ledger::default();
    let alice = ledger.open(1, 1_000);
    let bob = ledger.open(2, 250);
    let carol = ledger.open(3, u64::MAX - 10);
    ledger.process(vec![
        Tx::Deposit { to: alice, amount: 500 },
        Tx::Withdraw { from: bob, amount: 300 },
        Tx::Transfer { from: alice, to: bob, amount: 450 },
        Tx::Transfer { from: bob, to: bob, amount: 1 },
        Tx::Deposit { to: carol, amount: 11 },
        Tx::Transfer { from: bob, to: AccountId(9), amount: 5 },
        Tx::Transfer { from: bob, to: alice, amount: 699 },
        Tx::Withdraw { from: alice, amount: 1 },
    ]);
    for (id, bal) in &ledger.balances {
        println!("#{:<3}{:>22}", id.0, bal);
    }
    let ok = ledger.history.iter().filter(|(_, ok)| *ok).count();
    println!("applied {}/{} txs, fees={}", ok, ledger.history.len(), ledger.fees_collected);
    let sat = ledger.balances[&bob].saturating_sub(10_000);
    let wrapped = ledger.balances[&carol].wrapping_add(20);
    println!("saturating={} wrapping={}", sat, wrapped);
    let richest = ledger.balances.iter().max_by_key(|(_, b)| **b).map(|(id, _)| *id);
    println!("richest: {:?}", richest);
}
