use std::convert::TryFrom;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cents(i64);

impl From<i64> for Cents { fn from(d: i64) -> Self { Cents(d * 100) } }
impl From<Cents> for f64 { fn from(c: Cents) -> f64 { c.0 as f64 / 100.0 } }

impl TryFrom<&str> for Cents {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let s = s.trim().trim_start_matches('$');
        let (whole, frac) = match s.split_once('.') {
            Some((w, f)) => (w, f),
            None => (s, "0"),
        };
        let w: i64 = whole.parse().map_err(|_| format!("bad whole part '{}'", whole))?;
        if frac.len() > 2 { return Err(format!("too many decimals in '{}'", s)); }
        let f: i64 = format!("{:0<2}", frac).parse().map_err(|_| format!("bad fraction '{}'", frac))?;
        Ok(Cents(w * 100 + if w < 0 { -f } else { f }))
    }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let s = format!("{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100);
        f.pad(&s)
    }
}

#[derive(Debug)]
enum TxError { Insufficient { need: Cents, have: Cents }, Frozen(String) }

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TxError::Insufficient { need, have } => write!(f, "insufficient funds: need {} have {}", need, have),
            TxError::Frozen(who) => write!(f, "account {} is frozen", who),
        }
    }
}

#[derive(Debug, Default)]
struct Account { owner: String, balance: i64, frozen: bool, history: Vec<i64> }

impl Account {
    fn deposit(&mut self, c: impl Into<Cents>) -> Cents {
        let c = c.into();
        self.balance += c.0;
        self.history.push(c.0);
        Cents(self.balance)
    }
    fn withdraw(&mut self, c: Cents) -> Result<Cents, TxError> {
        if self.frozen { return Err(TxError::Frozen(self.owner.clone())); }
        if c.0 > self.balance { return Err(TxError::Insufficient { need: c, have: Cents(self.balance) }); }
        self.balance -= c.0;
        self.history.push(-c.0);
        Ok(Cents(self.balance))
    }
}

fn main() {
    let inputs = ["$12.5", "3.07", "-4.25", "abc", "1.234", "$100", " 0.9 "];
    let mut parsed = Vec::new();
    for s in inputs {
        match Cents::try_from(s) {
            Ok(c) => { println!("{:<8} -> {:>10} ({:.3})", format!("{:?}", s), c, f64::from(c)); parsed.push(c); }
            Err(e) => println!("{:<8} -> error: {}", format!("{:?}", s), e),
        }
    }
    parsed.sort();
    println!("sorted: {}", parsed.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" < "));
    let mut acct = Account { owner: "ana".into(), ..Default::default() };
    println!("after deposit: {}", acct.deposit(50));
    println!("after deposit: {}", acct.deposit(Cents(1999)));
    for w in ["20.00", "45.50", "5"] {
        let amt = Cents::try_from(w).unwrap();
        match acct.withdraw(amt) {
            Ok(b) => println!("withdrew {:>8} -> balance {:<10}|", amt, b),
            Err(e) => println!("failed: {}", e),
        }
    }
    acct.frozen = true;
    if let Err(e) = acct.withdraw(Cents(1)) { println!("failed: {}", e); }
    println!("history: {:?}", acct.history);
    let total: i64 = acct.history.iter().sum();
    println!("net = {} matches balance: {}", Cents(total), total == acct.balance);
    println!("{:#?}", acct);
}
