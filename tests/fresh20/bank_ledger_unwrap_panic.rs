use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct AccountId(u32);

#[derive(Debug)]
enum BankError {
    Parse(ParseIntError),
    NoSuchAccount(AccountId),
    Insufficient { id: AccountId, needed: u64, available: u64 },
    Frozen(AccountId),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Parse(e) => write!(f, "parse error: {e}"),
            BankError::NoSuchAccount(id) => write!(f, "no account #{}", id.0),
            BankError::Insufficient { id, needed, available } => {
                write!(f, "account #{} needs {} but has {}", id.0, needed, available)
            }
            BankError::Frozen(id) => write!(f, "account #{} is frozen", id.0),
        }
    }
}

impl Error for BankError {}

impl From<ParseIntError> for BankError {
    fn from(e: ParseIntError) -> Self {
        BankError::Parse(e)
    }
}

#[derive(Default, Debug)]
struct Account {
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

#[derive(Default)]
struct Bank {
    accounts: BTreeMap<AccountId, Account>,
}

impl Bank {
    fn open(&mut self, id: u32, initial: u64) {
        self.accounts.insert(AccountId(id), Account { balance: initial, history: vec![initial as i64], ..Default::default() });
    }
    fn get_mut(&mut self, id: AccountId) -> Result<&mut Account, BankError> {
        let acct = self.accounts.get_mut(&id).ok_or(BankError::NoSuchAccount(id))?;
        if acct.frozen { Err(BankError::Frozen(id)) } else { Ok(acct) }
    }
    fn withdraw(&mut self, id: AccountId, amt: u64) -> Result<u64, BankError> {
        let acct = self.get_mut(id)?;
        let nb = acct.balance.checked_sub(amt).ok_or_else(|| BankError::Insufficient { id, needed: amt, available: acct.balance })?;
        acct.balance = nb;
        acct.history.push(-(amt as i64));
        Ok(nb)
    }
    fn deposit(&mut self, id: AccountId, amt: u64) -> Result<u64, BankError> {
        let acct = self.get_mut(id)?;
        acct.balance += amt;
        acct.history.push(amt as i64);
        Ok(acct.balance)
    }
    fn transfer(&mut self, cmd: &str) -> Result<(u64, u64), BankError> {
        let parts: Vec<&str> = cmd.split("->").map(str::trim).collect();
        let (from, rest) = (parts[0].parse::<u32>()?, parts[1]);
        let (to, amt) = rest.split_once(':').map(|(a, b)| (a.trim(), b.trim())).unwrap_or((rest, "0"));
        let (to, amt) = (AccountId(to.parse()?), amt.parse::<u64>()?);
        self.get_mut(to)?;
        let a = self.withdraw(AccountId(from), amt)?;
        let b = self.deposit(to, amt)?;
        Ok((a, b))
    }
}

fn main() {
    let mut bank = Bank::default();
    bank.open(1, 500);
    bank.open(2, 120);
    bank.open(3, 0);
    bank.accounts.get_mut(&AccountId(3)).map(|a| a.frozen = true);

    let cmds = ["1 -> 2: 200", "2 -> 1: 1000", "2 -> 9: 5", "x -> 1: 3", "1 -> 3: 10", "2 -> 1: 20", "1 -> 2"];
    for c in cmds {
        match bank.transfer(c) {
            Ok((a, b)) => println!("{:<14} ok   balances now {:>4} / {:>4}", c, a, b),
            Err(e) => println!("{:<14} FAIL {}", c, e),
        }
    }
    for (id, acct) in &bank.accounts {
        let net: i64 = acct.history.iter().sum();
        println!("#{} balance={:>4} frozen={:<5} history={:?} net={}", id.0, acct.balance, acct.frozen, acct.history, net);
    }
    let lookups: Vec<Option<&str>> = vec![Some("1"), Some("2"), None];
    let parsed: Option<Result<u32, ParseIntError>> = lookups[0].map(str::parse);
    println!("transposed: {:?}", parsed.transpose());
    let balances: Vec<u64> = lookups.iter().map(|o| o.and_then(|s| s.parse().ok()).and_then(|n| bank.accounts.get(&AccountId(n))).map(|a| a.balance).unwrap_or_default()).collect();
    println!("balances by lookup: {:?}", balances);
    let pair = bank.accounts.get(&AccountId(1)).zip(bank.accounts.get(&AccountId(2)));
    println!("sum of first two: {:?}", pair.map(|(a, b)| a.balance + b.balance));
    let strict = bank.withdraw(AccountId(2), 10_000).map_err(|e| format!("strict mode: {e}"));
    println!("about to unwrap: is_err = {}", strict.is_err());
    let final_balance = strict.unwrap();
    println!("never printed {}", final_balance);
}
