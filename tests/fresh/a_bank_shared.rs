// Customers sharing a joint account through Rc<RefCell<..>>, with Weak back-references.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Account {
    number: String,
    balance: u64,
    holders: Vec<Weak<Customer>>,
}

struct Customer {
    name: String,
    accounts: RefCell<Vec<Rc<RefCell<Account>>>>,
}

impl Customer {
    fn new(name: &str) -> Rc<Customer> {
        Rc::new(Customer { name: name.into(), accounts: RefCell::new(Vec::new()) })
    }
    fn net_worth(&self) -> u64 {
        self.accounts.borrow().iter().map(|a| a.borrow().balance).sum()
    }
}

fn link(c: &Rc<Customer>, a: &Rc<RefCell<Account>>) {
    c.accounts.borrow_mut().push(Rc::clone(a));
    a.borrow_mut().holders.push(Rc::downgrade(c));
}

fn holders_of(a: &Rc<RefCell<Account>>) -> String {
    let names: Vec<String> = a
        .borrow()
        .holders
        .iter()
        .map(|w| w.upgrade().map(|c| c.name.clone()).unwrap_or_else(|| "<closed>".to_string()))
        .collect();
    names.join(" & ")
}

fn main() {
    let joint = Rc::new(RefCell::new(Account { number: "J-100".into(), balance: 1_000, holders: vec![] }));
    let savings = Rc::new(RefCell::new(Account { number: "S-200".into(), balance: 5_000, holders: vec![] }));

    let ann = Customer::new("Ann");
    {
        let ben = Customer::new("Ben");
        link(&ann, &joint);
        link(&ben, &joint);
        link(&ann, &savings);

        ben.accounts.borrow()[0].borrow_mut().balance -= 300;
        println!("Ben sees joint balance {}", ben.net_worth());
        println!("joint holders: {}", holders_of(&joint));
        println!("rc counts: joint={} savings={}", Rc::strong_count(&joint), Rc::strong_count(&savings));
    }
    println!("after Ben leaves, joint holders: {}", holders_of(&joint));
    println!("rc counts: joint={} savings={}", Rc::strong_count(&joint), Rc::strong_count(&savings));

    {
        let accs = ann.accounts.borrow();
        for acc in accs.iter() {
            let mut a = acc.borrow_mut();
            a.balance = a.balance * 102 / 100;
        }
    }
    for acc in ann.accounts.borrow().iter() {
        let a = acc.borrow();
        println!("{} {:>6} weak={}", a.number, a.balance, Rc::weak_count(acc));
    }
    println!("Ann's net worth: {}", ann.net_worth());
    let alive = joint.borrow().holders.iter().filter(|w| w.upgrade().is_some()).count();
    println!("alive holders of joint: {}", alive);
}
