// Bank ledger with a custom Debug error; final unwrap on Err panics with that Debug output.
use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Add, Sub};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Cents(i64);

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
    }
}
impl fmt::Debug for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self)
    }
}
impl Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents { Cents(self.0 + o.0) }
}
impl Sub for Cents {
    type Output = Cents;
    fn sub(self, o: Cents) -> Cents { Cents(self.0 - o.0) }
}
impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(it: I) -> Cents { it.fold(Cents(0), Add::add) }
}

pub enum LedgerError {
    UnknownAccount(String),
    Insufficient { account: String, balance: Cents, requested: Cents },
    Frozen(String),
}

impl fmt::Debug for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::UnknownAccount(a) => write!(f, "LedgerError(unknown account '{}')", a),
            LedgerError::Insufficient { account, balance, requested } => write!(
                f,
                "LedgerError(insufficient funds in '{}': has {}, needs {}, short by {})",
                account, balance, requested, *requested - *balance
            ),
            LedgerError::Frozen(a) => write!(f, "LedgerError(account '{}' is frozen)", a),
        }
    }
}

#[derive(Default)]
pub struct Ledger {
    balances: BTreeMap<String, Cents>,
    frozen: Vec<String>,
    history: Vec<(String, String, Cents)>,
}

impl Ledger {
    pub fn open(&mut self, name: &str, initial: Cents) -> &mut Self {
        self.balances.insert(name.to_string(), initial);
        self
    }
    fn balance_mut(&mut self, name: &str) -> Result<&mut Cents, LedgerError> {
        if self.frozen.iter().any(|f| f == name) {
            return Err(LedgerError::Frozen(name.into()));
        }
        self.balances.get_mut(name).ok_or_else(|| LedgerError::UnknownAccount(name.into()))
    }
    pub fn transfer(&mut self, from: &str, to: &str, amt: Cents) -> Result<Cents, LedgerError> {
        self.balance_mut(to)?;
        let src = self.balance_mut(from)?;
        if *src < amt {
            return Err(LedgerError::Insufficient { account: from.into(), balance: *src, requested: amt });
        }
        *src = *src - amt;
        let remaining = *src;
        let dst = self.balance_mut(to)?;
        *dst = *dst + amt;
        self.history.push((from.into(), to.into(), amt));
        Ok(remaining)
    }
    pub fn total(&self) -> Cents {
        self.balances.values().copied().sum()
    }
}

fn main() {
    let mut ledger = Ledger::default();
    ledger.open("alice", Cents(10_000)).open("bob", Cents(2_550)).open("carol", Cents(0));
    println!("total before: {}", ledger.total());

    let ops: [(&str, &str, i64); 5] = [
        ("alice", "bob", 1_234),
        ("bob", "carol", 5_000),
        ("bob", "dave", 10),
        ("carol", "alice", 0),
        ("bob", "carol", 3_784),
    ];
    for (from, to, amt) in ops {
        match ledger.transfer(from, to, Cents(amt)) {
            Ok(rem) => println!("{} -> {} {}: ok, {} left", from, to, Cents(amt), rem),
            Err(e) => println!("{} -> {} {}: {:?}", from, to, Cents(amt), e),
        }
    }
    ledger.frozen.push("carol".into());
    for (name, bal) in &ledger.balances {
        println!("{:<6} {:>10}", name, bal.to_string());
    }
    println!("total after: {} in {} transfers", ledger.total(), ledger.history.len());
    let biggest = ledger.history.iter().max_by_key(|(_, _, c)| *c).map(|(f, t, c)| format!("{f}->{t} {c}"));
    println!("biggest transfer: {}", biggest.unwrap_or_default());

    println!("attempting final transfer from frozen account...");
    let rem = ledger.transfer("carol", "alice", Cents(100)).unwrap();
    println!("unreachable: {}", rem);
}
