// A tiny bank: the owner's name is moved into the account, then used again.
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn new(owner: String) -> Account {
        Account { owner, balance: 0 }
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if amount > self.balance {
            return Err(format!("insufficient funds: have {}, need {}", self.balance, amount));
        }
        self.balance -= amount;
        Ok(())
    }
}

fn main() {
    let name = String::from("Alice");
    let mut account = Account::new(name);

    account.deposit(100);
    match account.withdraw(30) {
        Ok(()) => println!("withdrew 30"),
        Err(e) => println!("error: {}", e),
    }

    // Mistake: `name` was moved into Account::new above.
    println!("Account holder {} has balance {}", name, account.balance);
    println!("owner field: {}", account.owner);
}
