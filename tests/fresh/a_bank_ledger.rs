// A bank with a HashMap<String, Rc<RefCell<Account>>> and a transaction log enum.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Deposit,
    Withdraw,
    Fee,
}

#[derive(Debug, Clone)]
struct Tx {
    kind: Kind,
    amount: f64,
}

#[derive(Debug, Default)]
struct Account {
    balance: f64,
    log: Vec<Tx>,
}

impl Account {
    fn apply(&mut self, kind: Kind, amount: f64) -> bool {
        let delta = match kind {
            Kind::Deposit => amount,
            Kind::Withdraw | Kind::Fee => -amount,
        };
        if self.balance + delta < 0.0 && kind == Kind::Withdraw {
            return false;
        }
        self.balance += delta;
        self.log.push(Tx { kind, amount });
        true
    }
}

struct Bank {
    accounts: HashMap<String, Rc<RefCell<Account>>>,
}

impl Bank {
    fn account(&mut self, name: &str) -> Rc<RefCell<Account>> {
        self.accounts
            .entry(name.to_string())
            .or_insert_with(|| Rc::new(RefCell::new(Account::default())))
            .clone()
    }

    fn monthly_fee(&self, fee: f64) {
        for acc in self.accounts.values() {
            let mut a = acc.borrow_mut();
            if a.balance < 100.0 {
                a.apply(Kind::Fee, fee);
            }
        }
    }
}

fn main() {
    let mut bank = Bank { accounts: HashMap::new() };
    let script = "dana deposit 250.00\neli deposit 80\ndana withdraw 75.25\neli withdraw 100\nfay deposit 12.5\neli withdraw 30.10\ndana deposit 5";
    for line in script.lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        let (name, op, amount) = (parts[0], parts[1], parts[2].parse::<f64>().unwrap());
        let kind = if op == "deposit" { Kind::Deposit } else { Kind::Withdraw };
        let acc = bank.account(name);
        let ok = acc.borrow_mut().apply(kind, amount);
        println!("{:<5} {:<9} {:>8.2} {}", name, op, amount, if ok { "" } else { "DECLINED" });
    }
    bank.monthly_fee(2.5);

    let mut names: Vec<&String> = bank.accounts.keys().collect();
    names.sort();
    for name in names {
        let acc = bank.accounts[name].borrow();
        let fees: f64 = acc.log.iter().filter(|t| t.kind == Kind::Fee).map(|t| t.amount).sum();
        let deposits = acc.log.iter().filter(|t| matches!(t.kind, Kind::Deposit)).count();
        println!("{:>6}: balance {:>8.2}, {} deposits, fees {:.2}, last tx {:?}",
            name, acc.balance, deposits, fees, acc.log.last().map(|t| t.kind));
    }
    let total: f64 = bank.accounts.values().map(|a| a.borrow().balance).sum();
    println!("bank total: {:.2}", total);
}
