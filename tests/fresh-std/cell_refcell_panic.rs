// A classic RefCell mistake: holding a shared borrow across a call that borrows mutably.
use std::cell::RefCell;
use std::rc::Rc;

struct Account {
    balance: RefCell<i64>,
    history: RefCell<Vec<i64>>,
}

impl Account {
    fn deposit(&self, n: i64) {
        *self.balance.borrow_mut() += n;
        self.history.borrow_mut().push(n);
    }
    fn replay(&self) {
        for amount in self.history.borrow().iter() {
            println!("replaying {}", amount);
            self.deposit(*amount);
        }
    }
}

fn main() {
    let acct = Rc::new(Account { balance: RefCell::new(0), history: RefCell::new(vec![]) });
    acct.deposit(5);
    acct.deposit(7);
    println!("balance {}", acct.balance.borrow());
    acct.replay();
    println!("unreachable");
}
