// Savings simulation: accounts with different products via trait objects inside Rc<RefCell<>>.
use std::cell::RefCell;
use std::rc::Rc;

trait Product {
    fn name(&self) -> String;
    fn monthly(&self, balance: f64) -> f64;
}

struct Savings {
    apr: f64,
}
struct Checking;
struct Bonus {
    apr: f64,
    threshold: f64,
}

impl Product for Savings {
    fn name(&self) -> String {
        format!("savings {:.1}%", self.apr * 100.0)
    }
    fn monthly(&self, balance: f64) -> f64 {
        balance * self.apr / 12.0
    }
}
impl Product for Checking {
    fn name(&self) -> String {
        "checking".to_string()
    }
    fn monthly(&self, _balance: f64) -> f64 {
        -1.0
    }
}
impl Product for Bonus {
    fn name(&self) -> String {
        format!("bonus >{}", self.threshold)
    }
    fn monthly(&self, balance: f64) -> f64 {
        if balance >= self.threshold { balance * self.apr / 12.0 } else { 0.0 }
    }
}

struct Account {
    owner: &'static str,
    balance: f64,
    product: Box<dyn Product>,
}

fn simulate(accounts: &[Rc<RefCell<Account>>], months: u32, deposit: impl Fn(u32, &str) -> f64) {
    for m in 1..=months {
        for acc in accounts {
            let mut a = acc.borrow_mut();
            let d = deposit(m, a.owner);
            let change = a.product.monthly(a.balance);
            a.balance = (a.balance + change + d).max(0.0);
        }
    }
}

fn main() {
    let accounts: Vec<Rc<RefCell<Account>>> = vec![
        Account { owner: "gail", balance: 1000.0, product: Box::new(Savings { apr: 0.045 }) },
        Account { owner: "hugo", balance: 250.0, product: Box::new(Checking) },
        Account { owner: "iris", balance: 900.0, product: Box::new(Bonus { apr: 0.08, threshold: 1000.0 }) },
    ]
    .into_iter()
    .map(|a| Rc::new(RefCell::new(a)))
    .collect();

    let hugo = Rc::clone(&accounts[1]);
    simulate(&accounts, 12, |month, owner| match (owner, month % 3) {
        ("iris", 0) => 50.0,
        ("hugo", _) if month <= 6 => 10.0,
        _ => 0.0,
    });
    hugo.borrow_mut().balance -= 25.0;

    println!("{:<6}{:<16}{:>12}", "owner", "product", "balance");
    for acc in &accounts {
        let a = acc.borrow();
        println!("{:<6}{:<16}{:>12.2}", a.owner, a.product.name(), a.balance);
    }
    let best = accounts
        .iter()
        .max_by(|x, y| x.borrow().balance.partial_cmp(&y.borrow().balance).unwrap())
        .map(|a| a.borrow().owner)
        .unwrap_or("nobody");
    println!("best: {}", best);
    println!("sci: {:e}", accounts.iter().map(|a| a.borrow().balance).sum::<f64>());
}
