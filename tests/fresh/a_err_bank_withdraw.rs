// Banking operations with a custom error type, From conversions between error layers, and ?.
use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq)]
enum AccountError {
    Insufficient { needed: u64, available: u64 },
    Frozen,
    LimitExceeded(u64),
}

#[derive(Debug)]
enum AppError {
    Account(AccountError),
    Parse(String),
    UnknownAccount(usize),
}

impl fmt::Display for AccountError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AccountError::Insufficient { needed, available } => write!(f, "insufficient funds: need {}, have {}", needed, available),
            AccountError::Frozen => write!(f, "account is frozen"),
            AccountError::LimitExceeded(l) => write!(f, "daily limit of {} exceeded", l),
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Account(e) => write!(f, "account error: {}", e),
            AppError::Parse(s) => write!(f, "could not parse {:?}", s),
            AppError::UnknownAccount(i) => write!(f, "no account #{}", i),
        }
    }
}

impl Error for AccountError {}
impl Error for AppError {}

impl From<AccountError> for AppError {
    fn from(e: AccountError) -> Self {
        AppError::Account(e)
    }
}

impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Parse(e.to_string())
    }
}

#[derive(Debug)]
struct Account {
    balance: u64,
    frozen: bool,
    withdrawn_today: u64,
}

impl Account {
    const LIMIT: u64 = 500;
    fn withdraw(&mut self, amount: u64) -> Result<u64, AccountError> {
        if self.frozen {
            return Err(AccountError::Frozen);
        }
        if self.withdrawn_today + amount > Self::LIMIT {
            return Err(AccountError::LimitExceeded(Self::LIMIT));
        }
        self.balance = self.balance.checked_sub(amount).ok_or(AccountError::Insufficient { needed: amount, available: self.balance })?;
        self.withdrawn_today += amount;
        Ok(self.balance)
    }
}

fn handle(accounts: &mut [Account], cmd: &str) -> Result<String, AppError> {
    let (idx, amount) = cmd.split_once(':').ok_or_else(|| AppError::Parse(cmd.to_string()))?;
    let idx: usize = idx.trim().parse()?;
    let amount: u64 = amount.trim().parse()?;
    let acc = accounts.get_mut(idx).ok_or(AppError::UnknownAccount(idx))?;
    let left = acc.withdraw(amount)?;
    Ok(format!("withdrew {} from #{}, {} left", amount, idx, left))
}

fn main() {
    let mut accounts = vec![
        Account { balance: 1000, frozen: false, withdrawn_today: 0 },
        Account { balance: 120, frozen: false, withdrawn_today: 0 },
        Account { balance: 9999, frozen: true, withdrawn_today: 0 },
    ];
    let cmds = ["0: 200", "1: 150", "0: 250", "0: 100", "2: 1", "5: 10", "1: -3", "zero", "1:120", "1: 1"];
    let mut errors: Vec<AppError> = Vec::new();
    for c in cmds {
        match handle(&mut accounts, c) {
            Ok(msg) => println!("{:<8} ok:  {}", c, msg),
            Err(e) => {
                println!("{:<8} err: {}", c, e);
                errors.push(e);
            }
        }
    }
    let account_errors = errors.iter().filter(|e| matches!(e, AppError::Account(_))).count();
    println!("{} errors, {} from accounts", errors.len(), account_errors);
    let first_insufficient = errors.iter().find_map(|e| match e {
        AppError::Account(a @ AccountError::Insufficient { .. }) => Some(a),
        _ => None,
    });
    println!("first insufficient: {:?}", first_insufficient);
    println!("balances: {:?}", accounts.iter().map(|a| a.balance).collect::<Vec<_>>());
    let e: Box<dyn Error> = Box::new(AppError::from(AccountError::Frozen));
    println!("boxed: {}", e);
}
