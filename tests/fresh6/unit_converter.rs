use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Dimension { Length, Mass, Temperature }

#[derive(Debug, Clone, Copy, PartialEq)]
struct Unit { symbol: &'static str, dim: Dimension, factor: f64, offset: f64 }

#[derive(Debug, PartialEq)]
enum ConvError { UnknownUnit(String), Incompatible(Dimension, Dimension), BadInput(String) }

impl fmt::Display for ConvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConvError::UnknownUnit(u) => write!(f, "unknown unit `{}`", u),
            ConvError::Incompatible(a, b) => write!(f, "cannot convert {:?} to {:?}", a, b),
            ConvError::BadInput(s) => write!(f, "cannot understand `{}`", s),
        }
    }
}
impl std::error::Error for ConvError {}
impl From<std::num::ParseFloatError> for ConvError {
    fn from(e: std::num::ParseFloatError) -> Self { ConvError::BadInput(e.to_string()) }
}

const UNITS: [Unit; 9] = [
    Unit { symbol: "m", dim: Dimension::Length, factor: 1.0, offset: 0.0 },
    Unit { symbol: "km", dim: Dimension::Length, factor: 1000.0, offset: 0.0 },
    Unit { symbol: "in", dim: Dimension::Length, factor: 0.0254, offset: 0.0 },
    Unit { symbol: "mi", dim: Dimension::Length, factor: 1609.344, offset: 0.0 },
    Unit { symbol: "kg", dim: Dimension::Mass, factor: 1.0, offset: 0.0 },
    Unit { symbol: "lb", dim: Dimension::Mass, factor: 0.45359237, offset: 0.0 },
    Unit { symbol: "C", dim: Dimension::Temperature, factor: 1.0, offset: 273.15 },
    Unit { symbol: "F", dim: Dimension::Temperature, factor: 5.0 / 9.0, offset: 255.372_222_222_222_2 },
    Unit { symbol: "K", dim: Dimension::Temperature, factor: 1.0, offset: 0.0 },
];

struct Converter { table: HashMap<&'static str, Unit>, conversions: usize }

impl Converter {
    fn new() -> Self {
        Converter { table: UNITS.iter().map(|u| (u.symbol, *u)).collect(), conversions: 0 }
    }
    fn unit(&self, s: &str) -> Result<Unit, ConvError> {
        self.table.get(s).copied().ok_or_else(|| ConvError::UnknownUnit(s.to_string()))
    }
    fn convert(&mut self, value: f64, from: &str, to: &str) -> Result<f64, ConvError> {
        let (a, b) = (self.unit(from)?, self.unit(to)?);
        if a.dim != b.dim {
            return Err(ConvError::Incompatible(a.dim, b.dim));
        }
        self.conversions += 1;
        let base = value * a.factor + a.offset;
        Ok((base - b.offset) / b.factor)
    }
    fn query(&mut self, q: &str) -> Result<String, ConvError> {
        let parts: Vec<&str> = q.split_whitespace().collect();
        let [amount, from, "to", to] = parts.as_slice() else {
            return Err(ConvError::BadInput(q.to_string()));
        };
        let v: f64 = amount.parse()?;
        let r = self.convert(v, from, to)?;
        Ok(format!("{:>10.3} {:<2} = {:>12.4} {}", v, from, r, to))
    }
}

fn main() {
    let mut c = Converter::new();
    let queries = [
        "5 km to mi", "26.2 mi to km", "12 in to m", "100 C to F", "-40 F to C", "0 K to C",
        "150 lb to kg", "3 kg to m", "10 furlong to m", "ten m to km", "5 km into mi", "98.6 F to K",
    ];
    for q in queries {
        match c.query(q) {
            Ok(s) => println!("{}", s),
            Err(e) => println!("{:<16} error: {}", q, e),
        }
    }
    println!("successful conversions: {}", c.conversions);
    let mut dims: Vec<(Dimension, Vec<&str>)> = Vec::new();
    for u in UNITS.iter() {
        match dims.last_mut() {
            Some((d, syms)) if *d == u.dim => syms.push(u.symbol),
            _ => dims.push((u.dim, vec![u.symbol])),
        }
    }
    for (d, syms) in &dims {
        println!("{:?}: {}", d, syms.join(" "));
    }
    let inches = c.convert(1.0, "mi", "in").unwrap();
    let round_trip = c.convert(inches, "in", "mi").unwrap();
    println!("1 mi = {} in", inches);
    println!("round trip 1 mi -> in -> mi = {:.12}", round_trip);
    let table: Vec<String> = (0..=4).map(|i| i as f64 * 25.0).map(|cel| format!("{:>5.1}C={:>6.1}F", cel, c.convert(cel, "C", "F").unwrap())).collect();
    println!("{}", table.join(" | "));
}
