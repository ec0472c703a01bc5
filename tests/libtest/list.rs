// A bank account module's tests, listed with --list instead of run.
#[derive(Debug)]
pub struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

#[derive(Debug, PartialEq)]
pub enum TxError {
    Insufficient { needed: i64, available: i64 },
    NonPositive(i64),
}

impl Account {
    pub fn open(owner: &str) -> Self {
        Account { owner: owner.to_string(), balance: 0, history: Vec::new() }
    }

    pub fn deposit(&mut self, amount: i64) -> Result<i64, TxError> {
        if amount <= 0 {
            return Err(TxError::NonPositive(amount));
        }
        self.balance += amount;
        self.history.push(amount);
        Ok(self.balance)
    }

    pub fn withdraw(&mut self, amount: i64) -> Result<i64, TxError> {
        if amount > self.balance {
            return Err(TxError::Insufficient { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        self.history.push(-amount);
        Ok(self.balance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deposit_adds() {
        let mut a = Account::open("ann");
        assert_eq!(a.deposit(50), Ok(50));
        assert_eq!(a.deposit(25), Ok(75));
    }

    #[test]
    fn withdraw_too_much() {
        let mut a = Account::open("bob");
        a.deposit(10).unwrap();
        assert_eq!(a.withdraw(30), Err(TxError::Insufficient { needed: 30, available: 10 }));
    }

    #[test]
    fn negative_deposit_rejected() {
        let mut a = Account::open("cy");
        assert_eq!(a.deposit(-5), Err(TxError::NonPositive(-5)));
    }

    #[test]
    fn history_records_everything() {
        let mut a = Account::open("di");
        a.deposit(100).unwrap();
        a.withdraw(40).unwrap();
        let _ = a.withdraw(500);
        println!("{:?}", a);
        assert_eq!(a.history, vec![100, -40, -500]);
    }

    #[test]
    #[ignore]
    fn owner_renaming() {
        let a = Account::open("ed");
        assert_eq!(a.owner, "Ed");
    }

    #[test]
    fn zero_deposit() {
        let mut a = Account::open("fay");
        a.deposit(0).unwrap();
    }
}
