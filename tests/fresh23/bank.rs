use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    AccountNotFound(u32),
    InsufficientFunds { needed: i64, available: i64 },
    AccountClosed(u32),
    InvalidAmount(String),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::AccountNotFound(id) => write!(f, "account #{id} not found"),
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "insufficient funds: needed {needed}, available {available}")
            }
            BankError::AccountClosed(id) => write!(f, "account #{id} is closed"),
            BankError::InvalidAmount(s) => write!(f, "invalid amount: {s}"),
        }
    }
}

impl Error for BankError {}

impl From<std::num::ParseIntError> for BankError {
    fn from(e: std::num::ParseIntError) -> Self {
        BankError::InvalidAmount(e.to_string())
    }
}

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    open: bool,
    history: Vec<i64>,
}

#[derive(Default)]
struct Bank {
    accounts: BTreeMap<u32, Account>,
    next_id: u32,
}

impl Bank {
    fn open(&mut self, owner: &str) -> u32 {
        self.next_id += 1;
        let acct = Account { owner: owner.to_string(), balance: 0, open: true, history: Vec::new() };
        self.accounts.insert(self.next_id, acct);
        self.next_id
    }

    fn get_mut(&mut self, id: u32) -> Result<&mut Account, BankError> {
        let acct = self.accounts.get_mut(&id).ok_or(BankError::AccountNotFound(id))?;
        if !acct.open {
            return Err(BankError::AccountClosed(id));
        }
        Ok(acct)
    }

    fn deposit(&mut self, id: u32, amount: &str) -> Result<i64, BankError> {
        let amount: i64 = amount.trim().parse()?;
        if amount <= 0 {
            return Err(BankError::InvalidAmount(format!("{amount} must be positive")));
        }
        let acct = self.get_mut(id)?;
        acct.balance += amount;
        acct.history.push(amount);
        Ok(acct.balance)
    }

    fn withdraw(&mut self, id: u32, amount: i64) -> Result<i64, BankError> {
        let acct = self.get_mut(id)?;
        if acct.balance < amount {
            return Err(BankError::InsufficientFunds { needed: amount, available: acct.balance });
        }
        acct.balance -= amount;
        acct.history.push(-amount);
        Ok(acct.balance)
    }

    fn transfer(&mut self, from: u32, to: u32, amount: i64) -> Result<(), Box<dyn Error>> {
        self.get_mut(to)?;
        self.withdraw(from, amount)?;
        self.deposit(to, &amount.to_string())?;
        Ok(())
    }

    fn close(&mut self, id: u32) -> Result<i64, BankError> {
        let acct = self.get_mut(id)?;
        acct.open = false;
        Ok(std::mem::take(&mut acct.balance))
    }
}

fn main() {
    let mut bank = Bank::default();
    let alice = bank.open("Alice");
    let bob = bank.open("Bob");
    println!("opened accounts {alice} and {bob}");

    let ops: Vec<(&str, Result<i64, BankError>)> = vec![
        ("deposit 100 to alice", bank.deposit(alice, "100")),
        ("deposit ' 50 ' to bob", bank.deposit(bob, " 50 ")),
        ("deposit 'abc' to bob", bank.deposit(bob, "abc")),
        ("deposit -5 to alice", bank.deposit(alice, "-5")),
        ("withdraw 30 from alice", bank.withdraw(alice, 30)),
        ("withdraw 500 from bob", bank.withdraw(bob, 500)),
        ("deposit 10 to #9", bank.deposit(9, "10")),
    ];
    for (label, res) in ops {
        match res {
            Ok(bal) => println!("{label:<25} ok, balance = {bal:>6}"),
            Err(e) => println!("{label:<25} ERR {e}"),
        }
    }

    match bank.transfer(alice, bob, 25) {
        Ok(()) => println!("transfer 25 alice->bob ok"),
        Err(e) => println!("transfer failed: {e}"),
    }
    if let Err(e) = bank.transfer(bob, alice, 1000) {
        println!("transfer 1000 bob->alice failed: {e}");
    }

    let refund = bank.close(bob).unwrap_or_default();
    println!("closed bob, refunded {refund}");
    println!("withdraw from closed: {:?}", bank.withdraw(bob, 1));
    if let Err(e) = bank.transfer(alice, bob, 5) {
        println!("transfer to closed account: {e}");
    }

    println!("\n{:<4} {:<8} {:>8} {:<6} history", "id", "owner", "balance", "open");
    for (id, acct) in &bank.accounts {
        let hist: Vec<String> = acct.history.iter().map(|h| format!("{h:+}")).collect();
        println!("{:<4} {:<8} {:>8} {:<6} [{}]", id, acct.owner, acct.balance, acct.open, hist.join(", "));
    }
    let total: i64 = bank.accounts.values().map(|a| a.balance).sum();
    println!("total deposits held: {total}");
}
