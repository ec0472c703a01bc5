use std::panic;
use std::sync::{Arc, Mutex, PoisonError, TryLockError};
use std::thread;

#[derive(Debug, Default, Clone)]
struct Ledger {
    entries: Vec<(String, i64)>,
    balance: i64,
}

impl Ledger {
    fn apply(&mut self, who: &str, amount: i64) {
        self.entries.push((who.to_string(), amount));
        self.balance += amount;
        if self.balance < 0 {
            panic!("ledger overdrawn by {} after {}", -self.balance, who);
        }
    }
}

fn payload_text(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else {
        "<unknown payload>".to_string()
    }
}

fn main() {
    // Keep stderr quiet and deterministic.
    panic::set_hook(Box::new(|_| {}));

    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let deposits: Vec<thread::JoinHandle<()>> = (1..=4)
        .map(|i| {
            let l = Arc::clone(&ledger);
            thread::spawn(move || {
                for k in 0..5 {
                    l.lock().unwrap().apply(&format!("dep{}", i), (i * 10 + k) as i64);
                }
            })
        })
        .collect();
    for h in deposits {
        h.join().unwrap();
    }
    {
        let g = ledger.lock().unwrap();
        println!("after deposits: balance={} entries={}", g.balance, g.entries.len());
    }
    println!("poisoned before withdrawal: {}", ledger.is_poisoned());

    let l2 = Arc::clone(&ledger);
    let bad = thread::spawn(move || {
        let mut guard = l2.lock().unwrap();
        guard.apply("thief", -1000);
    });
    match bad.join() {
        Ok(()) => println!("unexpected success"),
        Err(payload) => println!("withdrawal thread panicked: {}", payload_text(&*payload)),
    }
    println!("poisoned after withdrawal: {}", ledger.is_poisoned());

    let recovered_balance = match ledger.lock() {
        Ok(_) => unreachable!("lock should report poisoning"),
        Err(poison) => {
            let mut guard = poison.into_inner();
            println!("state seen through poison: balance={} last={:?}", guard.balance, guard.entries.last());
            let (_, amount) = guard.entries.pop().unwrap();
            guard.balance -= amount;
            guard.balance
        }
    };
    println!("repaired balance: {}", recovered_balance);

    match ledger.try_lock() {
        Err(TryLockError::Poisoned(_)) => println!("try_lock: still poisoned"),
        Err(TryLockError::WouldBlock) => println!("try_lock: would block"),
        Ok(_) => println!("try_lock: clean"),
    }
    ledger.clear_poison();
    println!("poisoned after clear_poison: {}", ledger.is_poisoned());
    {
        let guard = ledger.lock().expect("clean after clear_poison");
        let mut per_user: Vec<(String, i64)> = Vec::new();
        for (who, amt) in &guard.entries {
            match per_user.iter_mut().find(|(w, _)| w == who) {
                Some((_, total)) => *total += amt,
                None => per_user.push((who.clone(), *amt)),
            }
        }
        per_user.sort();
        for (who, total) in per_user {
            println!("  {} deposited {}", who, total);
        }
    }

    // A second mutex poisoned and consumed with into_inner.
    let counter = Arc::new(Mutex::new(vec![1, 2, 3]));
    let c = Arc::clone(&counter);
    let r = thread::spawn(move || {
        let mut v = c.lock().unwrap();
        v.push(4);
        let idx = v.len() + 10;
        v[idx] = 0; // index out of bounds -> panic while holding the lock
    })
    .join();
    println!("second thread ok? {}", r.is_ok());
    let mutex = Arc::try_unwrap(counter).expect("only one owner left");
    let inner = mutex.into_inner().unwrap_or_else(PoisonError::into_inner);
    println!("vector recovered from poisoned mutex: {:?}", inner);

    let final_ledger = Arc::try_unwrap(ledger).unwrap().into_inner().unwrap();
    println!("final ledger: {} entries, balance {}", final_ledger.entries.len(), final_ledger.balance);
}
