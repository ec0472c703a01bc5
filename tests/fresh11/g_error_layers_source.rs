// Error enum with From impls, `?` across layers, source() chain walking.
use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
pub enum FieldError {
    Int(ParseIntError),
    Float(ParseFloatError),
    Missing(&'static str),
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Int(_) => write!(f, "invalid integer"),
            FieldError::Float(_) => write!(f, "invalid float"),
            FieldError::Missing(name) => write!(f, "missing field `{}`", name),
        }
    }
}

impl Error for FieldError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            FieldError::Int(e) => Some(e),
            FieldError::Float(e) => Some(e),
            FieldError::Missing(_) => None,
        }
    }
}

impl From<ParseIntError> for FieldError {
    fn from(e: ParseIntError) -> Self { FieldError::Int(e) }
}
impl From<ParseFloatError> for FieldError {
    fn from(e: ParseFloatError) -> Self { FieldError::Float(e) }
}

#[derive(Debug)]
pub struct RecordError {
    line: usize,
    cause: FieldError,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad record on line {}", self.line)
    }
}
impl Error for RecordError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

#[derive(Debug, PartialEq)]
pub struct Item {
    id: u32,
    price: f64,
    qty: i16,
}

fn parse_item(line: &str) -> Result<Item, FieldError> {
    let mut parts = line.split(',').map(str::trim);
    let id = parts.next().filter(|s| !s.is_empty()).ok_or(FieldError::Missing("id"))?.parse()?;
    let price = parts.next().ok_or(FieldError::Missing("price"))?.parse::<f64>()?;
    let qty = parts.next().ok_or(FieldError::Missing("qty"))?.parse::<i16>()?;
    Ok(Item { id, price, qty })
}

fn parse_all(text: &str) -> Result<Vec<Item>, RecordError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| parse_item(l).map_err(|cause| RecordError { line: i + 1, cause }))
        .collect()
}

fn total(text: &str) -> Result<f64, Box<dyn Error>> {
    let items = parse_all(text)?;
    Ok(items.iter().map(|it| it.price * it.qty as f64).sum())
}

fn report(err: &dyn Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut cur = err.source();
    while let Some(e) = cur {
        parts.push(e.to_string());
        cur = e.source();
    }
    parts.join(" <- ")
}

fn main() {
    let inputs = [
        "1, 2.50, 4\n2, 10.0, 1\n\n3, 0.25, 8",
        "1, 2.50, 4\n2, ten, 1",
        "1, 2.5, 4\n, 1.0, 1",
        "7, 1.0, 99999",
        "5, 3.0",
    ];
    for (n, input) in inputs.iter().enumerate() {
        match total(input) {
            Ok(t) => println!("#{} total = {:.2}", n, t),
            Err(e) => println!("#{} error: {}", n, report(e.as_ref())),
        }
    }

    let items = parse_all(inputs[0]).unwrap();
    println!("first item: {:?}", items.first());
    let direct = parse_item("x, 1, 1");
    if let Err(ref e) = direct {
        println!("direct: {} / source is some: {}", e, e.source().is_some());
        println!("is int error: {}", matches!(e, FieldError::Int(_)));
    }
    let depth = match parse_all(inputs[1]) {
        Err(e) => std::iter::successors(Some(&e as &(dyn Error + 'static)), |&e| e.source()).count(),
        Ok(_) => 0,
    };
    println!("chain depth = {}", depth);
}
