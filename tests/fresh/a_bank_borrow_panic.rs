// A bank that applies interest while iterating, accidentally borrowing the same account twice.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    name: String,
    balance: f64,
}

struct Bank {
    accounts: Vec<Rc<RefCell<Account>>>,
    rate: f64,
}

impl Bank {
    fn add(&mut self, name: &str, balance: f64) -> Rc<RefCell<Account>> {
        let acc = Rc::new(RefCell::new(Account { name: name.to_string(), balance }));
        self.accounts.push(acc.clone());
        acc
    }

    fn total(&self) -> f64 {
        self.accounts.iter().map(|a| a.borrow().balance).sum()
    }

    fn pay_interest(&self) {
        for acc in &self.accounts {
            let mut a = acc.borrow_mut();
            let interest = (a.balance * self.rate * 100.0).round() / 100.0;
            a.balance += interest;
            println!("  {} earns {:.2} -> {:.2}", a.name, interest, a.balance);
            if a.balance > 1000.0 {
                // report uses the bank total, which borrows every account again
                println!("  big account! bank total is {:.2}", self.total());
            }
        }
    }
}

fn main() {
    let mut bank = Bank { accounts: Vec::new(), rate: 0.05 };
    let a = bank.add("small", 120.0);
    bank.add("medium", 640.5);
    bank.add("large", 990.0);
    println!("total before: {:.2}", bank.total());
    a.borrow_mut().balance += 30.0;
    println!("{:?}", a.borrow());
    println!("paying interest:");
    bank.pay_interest();
    println!("total after: {:.2}", bank.total());
}
