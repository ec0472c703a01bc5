// Bank accounts shared via Rc<RefCell<Account>>; transfers between them.
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    id: u32,
    owner: String,
    balance_cents: i64,
    history: Vec<String>,
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:04} {:<6} {:>10.2}", self.id, self.owner, self.balance_cents as f64 / 100.0)
    }
}

type Shared = Rc<RefCell<Account>>;

fn open(id: u32, owner: &str, cents: i64) -> Shared {
    Rc::new(RefCell::new(Account { id, owner: owner.to_string(), balance_cents: cents, history: vec![] }))
}

fn transfer(from: &Shared, to: &Shared, cents: i64) -> Result<(), String> {
    if Rc::ptr_eq(from, to) {
        return Err("cannot transfer to the same account".into());
    }
    let mut src = from.borrow_mut();
    if src.balance_cents < cents {
        return Err(format!("{} has insufficient funds ({} < {})", src.owner, src.balance_cents, cents));
    }
    let mut dst = to.borrow_mut();
    src.balance_cents -= cents;
    dst.balance_cents += cents;
    let note = format!("{} -> {}: {}", src.owner, dst.owner, cents);
    src.history.push(note.clone());
    dst.history.push(note);
    Ok(())
}

fn main() {
    let alice = open(1, "alice", 100_00);
    let bob = open(2, "bob", 50_00);
    let carol = open(3, "carol", 0);
    let bank: Vec<Shared> = vec![Rc::clone(&alice), Rc::clone(&bob), Rc::clone(&carol)];
    println!("alice strong count = {}", Rc::strong_count(&alice));

    let plan = [(&alice, &bob, 25_50), (&bob, &carol, 70_00), (&carol, &alice, 1), (&bob, &bob, 5), (&alice, &carol, 80_00)];
    for (from, to, amount) in plan {
        match transfer(from, to, amount) {
            Ok(()) => println!("ok   {:>6} cents", amount),
            Err(e) => println!("fail {:>6} cents: {}", amount, e),
        }
    }
    println!("--- balances ---");
    for acc in &bank {
        println!("{}", acc.borrow());
    }
    let total: i64 = bank.iter().map(|a| a.borrow().balance_cents).sum();
    println!("total = {}", total);
    let richest = bank.iter().max_by_key(|a| a.borrow().balance_cents).unwrap();
    println!("richest: {}", richest.borrow().owner);
    for acc in &bank {
        let a = acc.borrow();
        println!("{} history ({}): {:?}", a.owner, a.history.len(), a.history);
    }
    drop(bank);
    println!("alice strong count = {}", Rc::strong_count(&alice));
}
