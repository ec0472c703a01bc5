use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
enum TxKind { Deposit, Withdraw, TransferOut(u32), TransferIn(u32) }

#[derive(Debug, Clone)]
struct Tx { kind: TxKind, amount: i64, balance_after: i64 }

#[derive(Debug, Default)]
struct Account { id: u32, owner: String, balance: i64, log: Vec<Tx> }

#[derive(Debug)]
enum BankError { Insufficient { id: u32, need: i64, have: i64 }, NoAccount(u32) }

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Insufficient { id, need, have } => write!(f, "account {} needs {} but has {}", id, need, have),
            BankError::NoAccount(id) => write!(f, "no account #{}", id),
        }
    }
}

impl Account {
    fn record(&mut self, kind: TxKind, amount: i64) {
        let balance_after = self.balance;
        self.log.push(Tx { kind, amount, balance_after });
    }
    fn deposit(&mut self, amt: i64) { self.balance += amt; self.record(TxKind::Deposit, amt); }
    fn withdraw(&mut self, amt: i64) -> Result<(), BankError> {
        if amt > self.balance {
            return Err(BankError::Insufficient { id: self.id, need: amt, have: self.balance });
        }
        self.balance -= amt;
        self.record(TxKind::Withdraw, amt);
        Ok(())
    }
}

type Shared = Rc<RefCell<Account>>;

struct Bank { accounts: HashMap<u32, Shared>, next_id: u32 }

impl Bank {
    fn open(&mut self, owner: &str, initial: i64) -> Shared {
        let id = self.next_id;
        self.next_id += 1;
        let acc = Rc::new(RefCell::new(Account { id, owner: owner.to_string(), ..Default::default() }));
        acc.borrow_mut().deposit(initial);
        self.accounts.insert(id, Rc::clone(&acc));
        acc
    }
    fn transfer(&self, from: u32, to: u32, amt: i64) -> Result<(), BankError> {
        let a = self.accounts.get(&from).ok_or(BankError::NoAccount(from))?;
        let b = self.accounts.get(&to).ok_or(BankError::NoAccount(to))?;
        a.borrow_mut().withdraw(amt)?;
        a.borrow_mut().log.last_mut().unwrap().kind = TxKind::TransferOut(to);
        let mut bm = b.borrow_mut();
        bm.balance += amt;
        bm.record(TxKind::TransferIn(from), amt);
        Ok(())
    }
    fn total(&self) -> i64 { self.accounts.values().map(|a| a.borrow().balance).sum() }
}

fn main() {
    let mut bank = Bank { accounts: HashMap::new(), next_id: 100 };
    let alice = bank.open("alice", 500);
    let bob = bank.open("bob", 120);
    let joint = bank.open("alice+bob", 0);
    let alice_view_of_joint = Rc::clone(&joint);
    let bob_view_of_joint = Rc::clone(&joint);
    println!("joint strong count = {}", Rc::strong_count(&joint));
    alice_view_of_joint.borrow_mut().deposit(75);
    bob_view_of_joint.borrow_mut().deposit(25);
    println!("joint balance seen by bob: {}", bob_view_of_joint.borrow().balance);
    let ops: Vec<(u32, u32, i64)> = vec![(100, 101, 200), (101, 102, 50), (101, 100, 1000), (100, 999, 5), (102, 100, 100)];
    for (from, to, amt) in ops {
        match bank.transfer(from, to, amt) {
            Ok(()) => println!("transfer {} -> {} of {}: ok", from, to, amt),
            Err(e) => println!("transfer {} -> {} of {}: FAILED ({})", from, to, amt, e),
        }
    }
    if let Err(e) = bob.borrow_mut().withdraw(10_000) { println!("debug error: {:?}", e); }
    let mut ids: Vec<&u32> = bank.accounts.keys().collect();
    ids.sort();
    for id in ids {
        let acc = bank.accounts[id].borrow();
        println!("#{} {:<10} balance {:>5} ({} txs)", acc.id, acc.owner, acc.balance, acc.log.len());
    }
    for tx in &alice.borrow().log {
        println!("  alice {:?} {} -> {}", tx.kind, tx.amount, tx.balance_after);
    }
    println!("bank total = {}", bank.total());
    drop(alice_view_of_joint);
    println!("joint strong count after drop = {}", Rc::strong_count(&joint));
    println!("now auditing joint account while holding a mutable borrow...");
    let guard = joint.borrow_mut();
    let second = bob_view_of_joint.borrow_mut();
    println!("unreachable: {} {}", guard.balance, second.balance);
}
