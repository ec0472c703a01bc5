// A RefCell borrowed twice: try_ variants report the conflict, the plain call panics.
// Values in scope are dropped (and print) while the panic unwinds.
use std::cell::RefCell;
use std::rc::Rc;

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("unwinding: drop {}", self.0);
    }
}

struct Account {
    balance: RefCell<i64>,
    history: RefCell<Vec<i64>>,
}

impl Account {
    fn deposit(&self, amount: i64) {
        *self.balance.borrow_mut() += amount;
        self.history.borrow_mut().push(amount);
    }

    fn audit(&self) -> i64 {
        let h = self.history.borrow();
        h.iter().sum()
    }

    fn replay(&self) {
        let history = self.history.borrow();
        for &amount in history.iter() {
            println!("replaying {amount}");
            // deposit borrows history mutably while we still hold `history`
            self.deposit(amount);
        }
    }
}

fn main() {
    println!("size_of RefCell<i64> = {}", std::mem::size_of::<RefCell<i64>>());
    let acct = Rc::new(Account { balance: RefCell::new(0), history: RefCell::new(Vec::new()) });
    let _g1 = Guard("outer guard");
    acct.deposit(50);
    acct.deposit(-20);
    println!("balance {} audit {}", acct.balance.borrow(), acct.audit());

    {
        let reader = acct.history.borrow();
        println!("holding a reader of {} entries", reader.len());
        match acct.history.try_borrow_mut() {
            Ok(_) => println!("unexpected"),
            Err(e) => println!("try_borrow_mut refused: {e:?}"),
        }
    }
    {
        let writer = acct.balance.borrow_mut();
        println!("holding a writer, balance {}", *writer);
        let r = acct.balance.try_borrow();
        println!("try_borrow refused: {:?}", r.err());
    }
    println!("after scopes, try_borrow_mut ok: {}", acct.history.try_borrow_mut().is_ok());

    let other = Rc::clone(&acct);
    println!("strong count {}", Rc::strong_count(&acct));
    let _g2 = Guard("inner guard");
    other.replay();
    println!("never printed");
}
