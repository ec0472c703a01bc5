use std::sync::Mutex;

struct Bank {
    ledger: Mutex<Vec<i64>>,
}

impl Bank {
    fn deposit(&self, amt: i64) {
        self.ledger.lock().unwrap().push(amt);
    }
    fn balance(&self) -> i64 {
        let guard = self.ledger.lock().unwrap();
        guard.iter().sum()
    }
}

fn main() {
    let bank = Bank { ledger: Mutex::new(Vec::new()) };
    bank.deposit(100);
    bank.deposit(-30);
    {
        let mut g = bank.ledger.lock().unwrap();
        g.push(5);
    }
    println!("balance {}", bank.balance());
}
