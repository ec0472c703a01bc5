use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct AccountId(u32);

#[derive(Debug)]
enum Tx {
    Deposit { to: AccountId, amount: u64 },
    Withdraw { from: AccountId, amount: u64 },
    Transfer { from: AccountId, to: AccountId, amount: u64 },
}

#[derive(Debug)]
enum LedgerError {
    NoAccount(AccountId),
    Insufficient { id: AccountId, need: u64, have: u64 },
    Frozen(AccountId),
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAccount(id) => write!(f, "account #{} does not exist", id.0),
            Self::Insufficient { id, need, have } => write!(f, "#{} needs {} but has {}", id.0, need, have),
            Self::Frozen(id) => write!(f, "#{} is frozen", id.0),
        }
    }
}

#[derive(Default, Debug)]
struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

struct Ledger {
    accounts: BTreeMap<AccountId, Account>,
}

impl Ledger {
    fn open(&mut self, id: u32, owner: &str, initial: u64) {
        let acct = Account { owner: owner.into(), balance: initial, ..Default::default() };
        self.accounts.insert(AccountId(id), acct);
    }

    fn acct(&mut self, id: AccountId) -> Result<&mut Account, LedgerError> {
        let a = self.accounts.get_mut(&id).ok_or(LedgerError::NoAccount(id))?;
        if a.frozen { Err(LedgerError::Frozen(id)) } else { Ok(a) }
    }

    fn apply(&mut self, tx: &Tx) -> Result<(), LedgerError> {
        match *tx {
            Tx::Deposit { to, amount } => {
                let a = self.acct(to)?;
                a.balance += amount;
                a.history.push(amount as i64);
            }
            Tx::Withdraw { from, amount } => {
                let a = self.acct(from)?;
                a.balance = a.balance.checked_sub(amount).ok_or(LedgerError::Insufficient { id: from, need: amount, have: a.balance })?;
                a.history.push(-(amount as i64));
            }
            Tx::Transfer { from, to, amount } => {
                self.acct(to)?;
                self.apply(&Tx::Withdraw { from, amount })?;
                self.apply(&Tx::Deposit { to, amount })?;
            }
        }
        Ok(())
    }

    fn total(&self) -> u64 {
        self.accounts.values().map(|a| a.balance).sum()
    }
}

fn main() {
    let mut ledger = Ledger { accounts: BTreeMap::new() };
    ledger.open(1, "ada", 500);
    ledger.open(2, "brian", 120);
    ledger.open(3, "chen", 0);
    ledger.accounts.get_mut(&AccountId(3)).unwrap().frozen = true;
    let txs = vec![
        Tx::Deposit { to: AccountId(2), amount: 80 },
        Tx::Transfer { from: AccountId(1), to: AccountId(2), amount: 250 },
        Tx::Withdraw { from: AccountId(2), amount: 1000 },
        Tx::Transfer { from: AccountId(2), to: AccountId(3), amount: 10 },
        Tx::Deposit { to: AccountId(9), amount: 1 },
        Tx::Withdraw { from: AccountId(1), amount: 250 },
    ];
    let before = ledger.total();
    for (i, tx) in txs.iter().enumerate() {
        match ledger.apply(tx) {
            Ok(()) => println!("tx{} ok   {:?}", i, tx),
            Err(e) => println!("tx{} FAIL {}", i, e),
        }
    }
    for (id, a) in &ledger.accounts {
        println!("#{:03} {:<6} {:>6} {:?}", id.0, a.owner, a.balance, a.history);
    }
    println!("total before {} after {}", before, ledger.total());
    let audit: Vec<i64> = ledger.accounts.values().flat_map(|a| a.history.iter().copied()).collect();
    let running: Vec<i64> = audit.iter().scan(0i64, |s, &x| { *s += x; Some(*s) }).collect();
    println!("audit running: {:?}", running);
    let empty = ledger.accounts.values().find(|a| a.balance == 0 && !a.frozen).map(|a| a.owner.clone());
    println!("first empty unfrozen account owner: {:?}", empty);
    let fee_base = ledger.accounts[&AccountId(1)].balance;
    let fee = fee_base - 5;
    println!("fee base after charge {}", fee);
}
