struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let acct = Account { balance: 10 };
    acct.deposit(5);
    println!("{}", acct.balance);
}
