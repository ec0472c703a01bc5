use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
    history: Vec<i64>,
}

type Shared = Rc<RefCell<Account>>;

fn open(id: u32, balance: i64) -> Shared {
    Rc::new(RefCell::new(Account { id, balance, history: Vec::new() }))
}

fn transfer(from: &Shared, to: &Shared, amount: i64) -> Result<(), String> {
    if Rc::ptr_eq(from, to) {
        return Err(format!("self-transfer on account {}", from.borrow().id));
    }
    let mut f = from.try_borrow_mut().map_err(|e| format!("from busy: {}", e))?;
    let mut t = to.try_borrow_mut().map_err(|e| format!("to busy: {}", e))?;
    if f.balance < amount {
        return Err(format!("insufficient funds in {}: {} < {}", f.id, f.balance, amount));
    }
    f.balance -= amount;
    f.history.push(-amount);
    t.balance += amount;
    t.history.push(amount);
    Ok(())
}

fn main() {
    let a = open(1, 100);
    let b = open(2, 50);
    let bank: Vec<Shared> = vec![Rc::clone(&a), Rc::clone(&b)];
    println!("strong counts: a={} b={}", Rc::strong_count(&a), Rc::strong_count(&b));

    println!("t1: {:?}", transfer(&a, &b, 30));
    println!("t2: {:?}", transfer(&b, &a, 100));
    println!("t3: {:?}", transfer(&b, &a, 80));
    println!("t4: {:?}", transfer(&a, &a, 1));

    {
        let reader = a.borrow();
        println!("while a is borrowed for reading (balance {}):", reader.balance);
        println!("t5: {:?}", transfer(&a, &b, 5));
        println!("t6: {:?}", transfer(&b, &a, 5));
    }
    println!("t7 after reader gone: {:?}", transfer(&b, &a, 5));

    for acct in &bank {
        let acc = acct.borrow();
        println!("account {} balance={} history={:?}", acc.id, acc.balance, acc.history);
    }
    let total: i64 = bank.iter().map(|x| x.borrow().balance).sum();
    println!("total money = {}", total);

    let sum_hist: i64 = bank.iter().map(|x| x.borrow().history.iter().sum::<i64>()).sum();
    println!("history sums to {}", sum_hist);

    {
        let mut g = b.borrow_mut();
        g.balance += 1;
        println!("b guard held, try_borrow on b is_err={}", b.try_borrow().is_err());
        println!("a unaffected, try_borrow_mut on a is_ok={}", a.try_borrow_mut().is_ok());
    }
    println!("b balance now {}", b.borrow().balance);

    drop(bank);
    println!("after dropping bank: a strong={} b strong={}", Rc::strong_count(&a), Rc::strong_count(&b));

    let first = a.borrow_mut();
    println!("holding a mutable borrow of account {}; borrowing again panics", first.id);
    let _second = a.borrow_mut();
}
