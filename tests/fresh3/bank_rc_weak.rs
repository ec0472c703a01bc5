use std::cell::RefCell;
use std::fmt;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Account {
    id: u32,
    owner: String,
    balance: i64,
    bank: Weak<RefCell<Bank>>,
    history: Vec<String>,
}

#[derive(Debug)]
struct Bank {
    name: String,
    accounts: Vec<Rc<RefCell<Account>>>,
    fees_collected: i64,
}

#[derive(Debug)]
enum TxError {
    Insufficient { needed: i64, available: i64 },
    SameAccount,
}

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TxError::Insufficient { needed, available } => write!(f, "need {needed}, have {available}"),
            TxError::SameAccount => write!(f, "cannot transfer to same account"),
        }
    }
}

fn open(bank: &Rc<RefCell<Bank>>, owner: &str, initial: i64) -> Rc<RefCell<Account>> {
    let id = bank.borrow().accounts.len() as u32 + 100;
    let acct = Rc::new(RefCell::new(Account {
        id,
        owner: owner.to_string(),
        balance: initial,
        bank: Rc::downgrade(bank),
        history: vec![format!("open {initial}")],
    }));
    bank.borrow_mut().accounts.push(Rc::clone(&acct));
    acct
}

fn transfer(from: &Rc<RefCell<Account>>, to: &Rc<RefCell<Account>>, amount: i64) -> Result<(), TxError> {
    if Rc::ptr_eq(from, to) {
        return Err(TxError::SameAccount);
    }
    let fee = (amount / 100).max(1);
    {
        let f = from.borrow();
        if f.balance < amount + fee {
            return Err(TxError::Insufficient { needed: amount + fee, available: f.balance });
        }
    }
    let mut f = from.borrow_mut();
    let mut t = to.borrow_mut();
    f.balance -= amount + fee;
    t.balance += amount;
    f.history.push(format!("sent {amount} to {}", t.id));
    t.history.push(format!("got {amount} from {}", f.id));
    if let Some(bank) = f.bank.upgrade() {
        bank.borrow_mut().fees_collected += fee;
    }
    Ok(())
}

fn main() {
    let bank = Rc::new(RefCell::new(Bank { name: "Ferris Savings".into(), accounts: vec![], fees_collected: 0 }));
    let alice = open(&bank, "alice", 1000);
    let bob = open(&bank, "bob", 250);
    let carol = open(&bank, "carol", 0);

    println!("strong(alice)={} weak(bank)={}", Rc::strong_count(&alice), Rc::weak_count(&bank));

    let plan = [(&alice, &bob, 300), (&bob, &carol, 600), (&bob, &bob, 5), (&carol, &alice, 0), (&bob, &carol, 540)];
    for (i, (f, t, amt)) in plan.iter().enumerate() {
        let names = (f.borrow().owner.clone(), t.borrow().owner.clone());
        match transfer(f, t, *amt) {
            Ok(()) => println!("tx{i}: {} -> {} {amt} ok", names.0, names.1),
            Err(e) => println!("tx{i}: {} -> {} failed: {e}", names.0, names.1),
        }
    }

    let b = bank.borrow();
    println!("== {} ==", b.name);
    for acct in &b.accounts {
        let a = acct.borrow();
        let bank_name = a.bank.upgrade().map(|bk| bk.borrow().name.len()).unwrap_or(0);
        println!("#{} {:<6}{:>6} | {}", a.id, a.owner, a.balance, a.history.join("; "));
        assert_eq!(bank_name, 14);
    }
    let total: i64 = b.accounts.iter().map(|a| a.borrow().balance).sum();
    println!("total={} fees={} sum={}", total, b.fees_collected, total + b.fees_collected);
    drop(b);

    let weak_alice = Rc::downgrade(&alice);
    drop(alice);
    println!("alice alive after drop(handle): {}", weak_alice.upgrade().is_some());
    bank.borrow_mut().accounts.retain(|a| a.borrow().owner != "alice");
    println!("alice alive after close: {}", weak_alice.upgrade().is_some());
    let orphan_check = bob.borrow().bank.clone();
    drop(bank);
    println!("bank alive: {}, strong(bob)={}", orphan_check.upgrade().is_some(), Rc::strong_count(&bob));
    println!("{:?}", carol.borrow().history);
}
