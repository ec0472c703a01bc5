use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: i64,
}

fn transfer(from: &Rc<RefCell<Account>>, to: &Rc<RefCell<Account>>, amt: i64) {
    from.borrow_mut().balance -= amt;
    to.borrow_mut().balance += amt;
}

fn main() {
    let a = Rc::new(RefCell::new(Account { balance: 100 }));
    let b = Rc::new(RefCell::new(Account { balance: 5 }));
    let a_alias = Rc::clone(&a);
    transfer(&a, &b, 30);
    transfer(&b, &a_alias, 10);
    println!("{:?} {:?}", a.borrow(), b.borrow());
}
