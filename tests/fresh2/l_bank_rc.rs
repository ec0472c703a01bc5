use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    id: u32,
    owner: String,
    balance: i64, // cents
    history: Vec<String>,
}

#[derive(Debug)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { id: u32, needed: i64, available: i64 },
    SameAccount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "account {id} does not exist"),
            BankError::Insufficient { id, needed, available } => {
                write!(f, "account {id} needs {} but has {}", money(*needed), money(*available))
            }
            BankError::SameAccount => write!(f, "cannot transfer to the same account"),
        }
    }
}

fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}${}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

struct Bank {
    accounts: HashMap<u32, Rc<RefCell<Account>>>,
    next_id: u32,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: HashMap::new(), next_id: 100 }
    }

    fn open(&mut self, owner: &str, deposit: i64) -> Rc<RefCell<Account>> {
        let id = self.next_id;
        self.next_id += 1;
        let acct = Rc::new(RefCell::new(Account {
            id,
            owner: owner.to_string(),
            balance: deposit,
            history: vec![format!("open {}", money(deposit))],
        }));
        self.accounts.insert(id, Rc::clone(&acct));
        acct
    }

    fn get(&self, id: u32) -> Result<&Rc<RefCell<Account>>, BankError> {
        self.accounts.get(&id).ok_or(BankError::NoSuchAccount(id))
    }

    fn transfer(&self, from: u32, to: u32, amount: i64) -> Result<(), BankError> {
        if from == to {
            return Err(BankError::SameAccount);
        }
        let src = self.get(from)?;
        let dst = self.get(to)?;
        {
            let s = src.borrow();
            if s.balance < amount {
                return Err(BankError::Insufficient { id: from, needed: amount, available: s.balance });
            }
        }
        let mut s = src.borrow_mut();
        let mut d = dst.borrow_mut();
        s.balance -= amount;
        d.balance += amount;
        s.history.push(format!("to {} {}", to, money(-amount)));
        d.history.push(format!("from {} {}", from, money(amount)));
        Ok(())
    }

    fn total(&self) -> i64 {
        self.accounts.values().map(|a| a.borrow().balance).sum()
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("Alice", 50_000);
    let bob = bank.open("Bob", 12_550);
    let _carol = bank.open("Carol", 0);

    // a handle kept outside the bank still sees every change
    alice.borrow_mut().balance += 1_000;
    alice.borrow_mut().history.push("interest $10.00".into());
    println!("Rc count for alice: {}", Rc::strong_count(&alice));

    let transfers = [(100, 101, 20_000), (101, 102, 40_000), (101, 102, 32_550), (102, 102, 5), (100, 999, 1), (102, 100, 99)];
    for (from, to, amt) in transfers {
        match bank.transfer(from, to, amt) {
            Ok(()) => println!("transfer {from} -> {to} {:>10}: ok", money(amt)),
            Err(e) => println!("transfer {from} -> {to} {:>10}: FAILED ({e})", money(amt)),
        }
    }

    let mut ids: Vec<&u32> = bank.accounts.keys().collect();
    ids.sort();
    for id in ids {
        let acct = bank.accounts[id].borrow();
        println!("#{} {:<6} {:>12}  {}", acct.id, acct.owner, money(acct.balance), acct.history.join("; "));
    }
    println!("bob via handle: {}", money(bob.borrow().balance));
    println!("bank total: {}", money(bank.total()));
    drop(bank);
    println!("after bank dropped, alice refs = {}", Rc::strong_count(&alice));
}
