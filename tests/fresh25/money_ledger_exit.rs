use std::collections::BTreeMap;
use std::fmt;
use std::process;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Currency {
    Usd,
    Eur,
    Jpy,
}

impl Currency {
    fn symbol(self) -> &'static str {
        match self { Currency::Usd => "$", Currency::Eur => "€", Currency::Jpy => "¥" }
    }
    fn decimals(self) -> u32 {
        if self == Currency::Jpy { 0 } else { 2 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Money {
    minor: i64,
    cur: Currency,
}

#[derive(Debug)]
enum MoneyError {
    Mismatch(Currency, Currency),
    Overflow,
    Parse(String),
    Insufficient { need: Money, have: Money },
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        let s = match self.cur.decimals() {
            0 => format!("{}{}{}", sign, self.cur.symbol(), abs),
            d => {
                let p = 10u64.pow(d);
                format!("{}{}{}.{:0w$}", sign, self.cur.symbol(), abs / p, abs % p, w = d as usize)
            }
        };
        f.pad(&s)
    }
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            MoneyError::Mismatch(a, b) => write!(f, "currency mismatch: {:?} vs {:?}", a, b),
            MoneyError::Overflow => write!(f, "arithmetic overflow"),
            MoneyError::Parse(s) => write!(f, "cannot parse amount '{}'", s),
            MoneyError::Insufficient { need, have } => write!(f, "insufficient funds: need {}, have {}", need, have),
        }
    }
}

impl std::error::Error for MoneyError {}

impl Money {
    fn checked_add(self, o: Money) -> Result<Money, MoneyError> {
        if self.cur != o.cur { return Err(MoneyError::Mismatch(self.cur, o.cur)); }
        let minor = self.minor.checked_add(o.minor).ok_or(MoneyError::Overflow)?;
        Ok(Money { minor, cur: self.cur })
    }
    fn checked_mul(self, k: i64) -> Result<Money, MoneyError> {
        Ok(Money { minor: self.minor.checked_mul(k).ok_or(MoneyError::Overflow)?, cur: self.cur })
    }
    fn allocate(self, weights: &[u32]) -> Vec<Money> {
        let total: i64 = weights.iter().map(|&w| w as i64).sum();
        let mut parts: Vec<Money> = weights.iter().map(|&w| Money { minor: self.minor * w as i64 / total, cur: self.cur }).collect();
        let mut rest = self.minor - parts.iter().map(|m| m.minor).sum::<i64>();
        for p in parts.iter_mut() {
            if rest == 0 { break; }
            p.minor += 1;
            rest -= 1;
        }
        parts
    }
}

fn parse_money(s: &str) -> Result<Money, MoneyError> {
    let err = || MoneyError::Parse(s.to_string());
    let (code, amount) = s.trim().split_once(' ').ok_or_else(err)?;
    let cur = match code { "USD" => Currency::Usd, "EUR" => Currency::Eur, "JPY" => Currency::Jpy, _ => return Err(err()) };
    let (whole, frac) = amount.split_once('.').unwrap_or((amount, ""));
    let d = cur.decimals() as usize;
    if frac.len() > d { return Err(err()); }
    let whole: i64 = whole.parse().map_err(|_| err())?;
    let frac_padded = format!("{:0<w$}", frac, w = d);
    let fr: i64 = if d == 0 { 0 } else { frac_padded.parse().map_err(|_| err())? };
    let minor = whole.checked_mul(10i64.pow(d as u32)).and_then(|w| w.checked_add(if whole < 0 { -fr } else { fr })).ok_or(MoneyError::Overflow)?;
    Ok(Money { minor, cur })
}

fn main() {
    let mut balances: BTreeMap<Currency, Money> = BTreeMap::new();
    let ops = [
        ("deposit", "USD 120.50"), ("deposit", "EUR 80"), ("withdraw", "USD 20.75"), ("deposit", "JPY 15000"),
        ("deposit", "USD 1.5"), ("withdraw", "EUR 100.00"), ("deposit", "GBP 3.00"), ("deposit", "USD 1.234"),
        ("withdraw", "JPY 2500"), ("deposit", "USD 92233720368547758.07"),
    ];
    let mut failures = 0;
    for (i, (kind, amount)) in ops.iter().enumerate() {
        let result = parse_money(amount).and_then(|m| {
            let zero = Money { minor: 0, cur: m.cur };
            let bal = *balances.get(&m.cur).unwrap_or(&zero);
            let delta = if *kind == "withdraw" { m.checked_mul(-1)? } else { m };
            let next = bal.checked_add(delta)?;
            if next.minor < 0 { return Err(MoneyError::Insufficient { need: m, have: bal }); }
            balances.insert(m.cur, next);
            Ok(next)
        });
        match result {
            Ok(b) => println!("#{:<2} {:<8} {:>14} -> balance {:>12}", i + 1, kind, amount, b),
            Err(e) => { failures += 1; println!("#{:<2} {:<8} {:>14} !! {}", i + 1, kind, amount, e); }
        }
    }
    println!("--- balances ---");
    for (cur, m) in &balances {
        println!("{:<4} {:>12}", format!("{:?}", cur), m);
    }
    let usd = balances[&Currency::Usd];
    let shares = usd.allocate(&[1, 1, 1]);
    println!("split 3 ways: {}", shares.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", "));
    let shares = usd.allocate(&[50, 30, 20]);
    println!("split 50/30/20: {:?}", shares.iter().map(|m| m.minor).collect::<Vec<_>>());
    match usd.checked_add(balances[&Currency::Eur]) {
        Ok(m) => println!("mixed sum {}", m),
        Err(e) => println!("mixed sum error: {}", e),
    }
    if failures > 0 {
        eprintln!("{} operations failed", failures);
        process::exit(3);
    }
    println!("all good");
}
