use std::sync::{Arc, Mutex, TryLockError};
use std::thread;

#[derive(Debug, Default)]
struct Account {
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    // a shared counter updated by several threads
    let total = Arc::new(Mutex::new(0u64));
    let handles: Vec<_> = (1..=5u64)
        .map(|i| {
            let total = Arc::clone(&total);
            thread::spawn(move || {
                for _ in 0..10 {
                    *total.lock().unwrap() += i;
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("total = {}", *total.lock().unwrap());

    // a struct behind a lock
    let account = Mutex::new(Account::default());
    {
        let mut acct = account.lock().unwrap();
        for amount in [100, -30, 45] {
            acct.balance += amount;
            acct.history.push(amount);
        }
    }
    println!("{:?}", account);
    let guard = account.lock().unwrap();
    match account.try_lock() {
        Err(TryLockError::WouldBlock) => println!("try_lock: would block"),
        _ => println!("try_lock: unexpected"),
    }
    println!("{:?}", account);
    drop(guard);
    println!("try_lock now ok: {}", account.try_lock().is_ok());

    // a thread that panics while holding the lock poisons it
    let data = Arc::new(Mutex::new(vec![1, 2, 3]));
    let worker = {
        let data = Arc::clone(&data);
        thread::Builder::new()
            .name("worker".to_string())
            .spawn(move || {
                let mut v = data.lock().unwrap();
                v.push(4);
                panic!("worker failed after pushing {}", v.len());
            })
            .unwrap()
    };
    let result = worker.join();
    println!("join is_err {}", result.is_err());
    if let Err(payload) = result {
        println!("payload: {:?}", payload.downcast_ref::<String>());
    }
    println!("poisoned {}", data.is_poisoned());
    match data.lock() {
        Ok(_) => println!("not poisoned?"),
        Err(poisoned) => {
            println!("error: {}", poisoned);
            let guard = poisoned.into_inner();
            println!("recovered {:?}", *guard);
        }
    }
    match data.try_lock() {
        Err(TryLockError::Poisoned(e)) => {
            let msg = e.to_string();
            println!("try_lock: {} / {:?}", msg, TryLockError::Poisoned(e));
        }
        _ => println!("unexpected"),
    }
    data.clear_poison();
    println!("cleared: {} {:?}", data.is_poisoned(), data.lock().unwrap());

    let mut owned = Mutex::new(String::from("own"));
    owned.get_mut().unwrap().push_str("ed");
    println!("{:?}", owned.into_inner());
    println!("size {} {}", std::mem::size_of::<Mutex<i32>>(), std::mem::size_of::<Mutex<u64>>());
    let m = Mutex::from(3);
    println!("{}", m.lock().unwrap());

    // unwrapping a poisoned lock panics in the caller
    let poisoned = Arc::new(Mutex::new(0));
    let p2 = Arc::clone(&poisoned);
    let _ = thread::spawn(move || {
        let _g = p2.lock().unwrap();
        panic!("second failure");
    })
    .join();
    let value = poisoned.lock().unwrap();
    println!("unreachable {}", *value);
}
