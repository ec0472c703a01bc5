mod bank {
    use std::collections::HashMap;
    use std::fmt;

    #[derive(Debug, Clone, PartialEq)]
    pub enum TxError {
        NoSuchAccount(u32),
        Insufficient { needed: u64, available: u64 },
        Frozen(u32),
    }

    impl fmt::Display for TxError {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            match self {
                TxError::NoSuchAccount(id) => write!(f, "account {} does not exist", id),
                TxError::Insufficient { needed, available } => {
                    write!(f, "insufficient funds: need {}.{:02}, have {}.{:02}", needed / 100, needed % 100, available / 100, available % 100)
                }
                TxError::Frozen(id) => write!(f, "account {} is frozen", id),
            }
        }
    }

    #[derive(Debug)]
    pub struct Account {
        pub owner: String,
        balance_cents: u64,
        pub frozen: bool,
        history: Vec<i64>,
    }

    pub struct Bank {
        accounts: HashMap<u32, Account>,
        next_id: u32,
    }

    impl Bank {
        pub fn new() -> Self {
            Bank { accounts: HashMap::new(), next_id: 100 }
        }

        pub fn open(&mut self, owner: &str, initial: u64) -> u32 {
            let id = self.next_id;
            self.next_id += 1;
            self.accounts.insert(id, Account { owner: owner.to_string(), balance_cents: initial, frozen: false, history: vec![initial as i64] });
            id
        }

        fn get_mut(&mut self, id: u32) -> Result<&mut Account, TxError> {
            let acc = self.accounts.get_mut(&id).ok_or(TxError::NoSuchAccount(id))?;
            if acc.frozen { Err(TxError::Frozen(id)) } else { Ok(acc) }
        }

        pub fn deposit(&mut self, id: u32, amount: u64) -> Result<u64, TxError> {
            let acc = self.get_mut(id)?;
            acc.balance_cents += amount;
            acc.history.push(amount as i64);
            Ok(acc.balance_cents)
        }

        pub fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, TxError> {
            let acc = self.get_mut(id)?;
            if acc.balance_cents < amount {
                return Err(TxError::Insufficient { needed: amount, available: acc.balance_cents });
            }
            acc.balance_cents -= amount;
            acc.history.push(-(amount as i64));
            Ok(acc.balance_cents)
        }

        pub fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), TxError> {
            self.get_mut(to)?;
            self.withdraw(from, amount)?;
            self.deposit(to, amount).map(|_| ())
        }

        pub fn freeze(&mut self, id: u32) {
            if let Some(a) = self.accounts.get_mut(&id) {
                a.frozen = true;
            }
        }

        pub fn statement(&self) -> Vec<String> {
            let mut ids: Vec<&u32> = self.accounts.keys().collect();
            ids.sort();
            ids.into_iter()
                .map(|id| {
                    let a = &self.accounts[id];
                    format!("#{} {:<6} {:>8.2} {:?}{}", id, a.owner, a.balance_cents as f64 / 100.0, a.history, if a.frozen { " FROZEN" } else { "" })
                })
                .collect()
        }

        pub fn total(&self) -> u64 {
            self.accounts.values().map(|a| a.balance_cents).sum()
        }
    }
}

use bank::{Bank, TxError};

fn report<T: std::fmt::Debug>(what: &str, r: Result<T, TxError>) {
    match r {
        Ok(v) => println!("{:<28} ok {:?}", what, v),
        Err(e) => println!("{:<28} FAILED: {}", what, e),
    }
}

fn main() {
    let mut b = Bank::new();
    let alice = b.open("alice", 10_000);
    let bob = b.open("bob", 2_550);
    let carol = b.open("carol", 0);
    report("deposit 12.34 to alice", b.deposit(alice, 1_234));
    report("withdraw 30.00 from bob", b.withdraw(bob, 3_000));
    report("transfer 50 alice->carol", b.transfer(alice, carol, 5_000));
    report("transfer to 999", b.transfer(alice, 999, 1));
    b.freeze(bob);
    report("deposit to frozen bob", b.deposit(bob, 100));
    report("transfer carol->bob", b.transfer(carol, bob, 100));
    report("withdraw 0.01 from carol", b.withdraw(carol, 1));
    for line in b.statement() {
        println!("{}", line);
    }
    println!("bank total: {:.2}", b.total() as f64 / 100.0);
    let e = TxError::Insufficient { needed: 5, available: 3 };
    println!("{:?} == clone: {}", e, e == e.clone());
}
