use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
enum CreationError {
    Negative,
    Zero,
}

impl fmt::Display for CreationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let description = match *self {
            CreationError::Negative => "number is negative",
            CreationError::Zero => "number is zero",
        };
        f.write_str(description)
    }
}

impl Error for CreationError {}

#[derive(Debug, PartialEq, Clone, Copy)]
struct PositiveNonzeroInteger(u64);

impl PositiveNonzeroInteger {
    fn new(value: i64) -> Result<Self, CreationError> {
        match value {
            x if x < 0 => Err(CreationError::Negative),
            0 => Err(CreationError::Zero),
            x => Ok(PositiveNonzeroInteger(x as u64)),
        }
    }
}

#[derive(Debug)]
enum ParsePosNonzeroError {
    Creation(CreationError),
    ParseInt(ParseIntError),
}

impl fmt::Display for ParsePosNonzeroError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParsePosNonzeroError::Creation(e) => write!(f, "creation failed: {e}"),
            ParsePosNonzeroError::ParseInt(e) => write!(f, "not a number: {e}"),
        }
    }
}

impl Error for ParsePosNonzeroError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ParsePosNonzeroError::Creation(e) => Some(e),
            ParsePosNonzeroError::ParseInt(e) => Some(e),
        }
    }
}

impl From<CreationError> for ParsePosNonzeroError {
    fn from(e: CreationError) -> Self {
        ParsePosNonzeroError::Creation(e)
    }
}

impl From<ParseIntError> for ParsePosNonzeroError {
    fn from(e: ParseIntError) -> Self {
        ParsePosNonzeroError::ParseInt(e)
    }
}

impl FromStr for PositiveNonzeroInteger {
    type Err = ParsePosNonzeroError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let x: i64 = s.trim().parse()?;
        Ok(PositiveNonzeroInteger::new(x)?)
    }
}

#[derive(Debug)]
struct Order {
    item: String,
    qty: PositiveNonzeroInteger,
    unit_cents: PositiveNonzeroInteger,
}

fn parse_order(line: &str) -> Result<Order, Box<dyn Error>> {
    let mut parts = line.split(',');
    let item = parts.next().filter(|s| !s.is_empty()).ok_or("missing item")?.to_string();
    let qty = parts.next().ok_or("missing quantity")?.parse()?;
    let unit_cents = parts.next().ok_or_else(|| format!("missing price for {item}"))?.parse()?;
    if parts.next().is_some() {
        return Err(Box::from("too many fields"));
    }
    Ok(Order { item, qty, unit_cents })
}

fn total(lines: &[&str]) -> Result<u64, Box<dyn Error>> {
    let mut sum = 0;
    for line in lines {
        let order = parse_order(line)?;
        sum += order.qty.0 * order.unit_cents.0;
    }
    Ok(sum)
}

fn main() {
    for s in ["42", " 7 ", "0", "-3", "abc", "", "99999999999999999999"] {
        match s.parse::<PositiveNonzeroInteger>() {
            Ok(p) => println!("{s:?} -> {p:?}"),
            Err(e) => {
                print!("{s:?} -> error: {e}");
                if let Some(src) = e.source() {
                    print!(" (source: {src})");
                }
                println!();
            }
        }
    }

    let lines = ["apple,3,45", "pear,1,120", "plum,-2,10", "fig,x,3", "kiwi,2", ",1,1", "melon,1,2,3", "grape,10,5"];
    for line in lines {
        match parse_order(line) {
            Ok(o) => println!("ok   {:<8} qty={} price={}", o.item, o.qty.0, o.unit_cents.0),
            Err(e) => println!("err  {line:<12} {e}"),
        }
    }
    match total(&["apple,3,45", "pear,1,120", "grape,10,5"]) {
        Ok(t) => println!("total = {}.{:02}", t / 100, t % 100),
        Err(e) => println!("total failed: {e}"),
    }
    match total(&["apple,3,45", "plum,0,10"]) {
        Ok(t) => println!("total = {t}"),
        Err(e) => {
            let is_parse = e.downcast_ref::<ParsePosNonzeroError>().is_some();
            println!("total failed: {e} (ParsePosNonzeroError: {is_parse})");
        }
    }
    let err: Box<dyn Error> = CreationError::Zero.into();
    println!("boxed debug: {err:?}, display: {err}");
}
