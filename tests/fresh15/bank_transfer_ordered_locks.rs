use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug)]
struct Account {
    id: usize,
    owner: &'static str,
    balance: i64,
    history: Vec<i64>,
}

struct Bank {
    accounts: Vec<Mutex<Account>>,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Done,
    SameAccount,
    BadAccount(usize),
}

impl Bank {
    fn new(owners: &[&'static str], opening: i64) -> Self {
        let accounts = owners
            .iter()
            .enumerate()
            .map(|(id, owner)| Mutex::new(Account { id, owner, balance: opening, history: vec![opening] }))
            .collect();
        Bank { accounts }
    }

    /// Locks the lower-numbered account first, so concurrent transfers never deadlock.
    fn transfer(&self, from: usize, to: usize, amount: i64) -> Outcome {
        if from == to {
            return Outcome::SameAccount;
        }
        for idx in [from, to] {
            if idx >= self.accounts.len() {
                return Outcome::BadAccount(idx);
            }
        }
        let (first, second) = if from < to { (from, to) } else { (to, from) };
        let mut a = self.accounts[first].lock().unwrap();
        let mut b = self.accounts[second].lock().unwrap();
        let (src, dst) = if from < to { (&mut *a, &mut *b) } else { (&mut *b, &mut *a) };
        src.balance -= amount;
        src.history.push(-amount);
        dst.balance += amount;
        dst.history.push(amount);
        Outcome::Done
    }

    fn total(&self) -> i64 {
        self.accounts.iter().map(|m| m.lock().unwrap().balance).sum()
    }
}

fn main() {
    let owners = ["ada", "grace", "linus", "barbara", "ken"];
    let bank = Arc::new(Bank::new(&owners, 1_000));
    let before = bank.total();

    let handles: Vec<thread::JoinHandle<BTreeMap<Outcome, u32>>> = (0..4)
        .map(|t| {
            let bank = Arc::clone(&bank);
            thread::spawn(move || {
                let mut outcomes = BTreeMap::new();
                for i in 0..200usize {
                    let from = (i * 3 + t) % 6; // index 5 does not exist
                    let to = (i * 7 + t * 2) % 5;
                    let amount = ((i * 13 + t * 17) % 50) as i64 + 1;
                    *outcomes.entry(bank.transfer(from, to, amount)).or_insert(0) += 1;
                }
                outcomes
            })
        })
        .collect();

    let mut merged: BTreeMap<Outcome, u32> = BTreeMap::new();
    for h in handles {
        for (k, v) in h.join().expect("transfer thread panicked") {
            *merged.entry(k).or_insert(0) += v;
        }
    }
    for (outcome, count) in &merged {
        println!("{:<16} {}", format!("{:?}", outcome), count);
    }

    let after = bank.total();
    println!("total before {} after {} conserved={}", before, after, before == after);
    for acct in &bank.accounts {
        let a = acct.lock().unwrap();
        let inflow: i64 = a.history.iter().skip(1).filter(|x| **x > 0).sum();
        let outflow: i64 = a.history.iter().skip(1).filter(|x| **x < 0).sum();
        println!(
            "#{} {:<8} balance={:<6} moves={:<4} in={:<6} out={}",
            a.id, a.owner, a.balance, a.history.len() - 1, inflow, outflow
        );
        assert_eq!(a.history.iter().sum::<i64>(), a.balance);
    }
    let richest = bank
        .accounts
        .iter()
        .map(|m| {
            let a = m.lock().unwrap();
            (a.balance, a.owner)
        })
        .max()
        .unwrap();
    println!("richest: {} with {}", richest.1, richest.0);
    let overdrawn: Vec<&str> = bank.accounts.iter().filter_map(|m| {
        let a = m.lock().unwrap();
        (a.balance < 0).then_some(a.owner)
    }).collect();
    println!("overdrawn accounts: {:?}", overdrawn);
}
