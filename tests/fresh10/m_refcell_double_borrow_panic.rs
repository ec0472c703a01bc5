use std::cell::RefCell;
use std::rc::Rc;

struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("unwinding: drop Guard({})", self.0);
    }
}

fn deposit(acct: &Rc<RefCell<Account>>, amount: i64) {
    let mut a = acct.borrow_mut();
    a.balance += amount;
    a.history.push(amount);
}

fn audit(acct: &Rc<RefCell<Account>>) -> i64 {
    let a = acct.borrow();
    a.history.iter().sum()
}

fn buggy_interest(acct: &Rc<RefCell<Account>>) {
    let _g = Guard("interest");
    let a = acct.borrow();
    println!("computing interest for {} on balance {}", a.owner, a.balance);
    let interest = a.balance / 10;
    // BUG: still holding `a` (a shared borrow) while depositing
    deposit(acct, interest);
    println!("never printed");
}

fn main() {
    let _outer = Guard("main");
    let acct = Rc::new(RefCell::new(Account {
        owner: "kim".to_string(),
        balance: 0,
        history: Vec::new(),
    }));
    let alias = Rc::clone(&acct);
    deposit(&acct, 500);
    deposit(&alias, 250);
    println!("balance={} audit={}", acct.borrow().balance, audit(&acct));
    println!("rc strong={}", Rc::strong_count(&acct));

    {
        let r = acct.borrow();
        let attempt = alias.try_borrow_mut();
        println!("safe check while reading: is_err={}", attempt.is_err());
        if let Err(e) = attempt {
            println!("error value: {:?}", e);
        }
        println!("owner still readable: {}", r.owner);
    }

    buggy_interest(&alias);
    println!("unreachable");
}
