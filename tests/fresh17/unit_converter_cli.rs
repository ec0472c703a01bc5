use std::fmt;
use std::num::ParseFloatError;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dim {
    Length,
    Mass,
    Temperature,
}

#[derive(Debug)]
enum ConvError {
    NoNumber(String),
    BadNumber(ParseFloatError),
    UnknownUnit(String),
    Mismatch(Dim, Dim),
}

impl From<ParseFloatError> for ConvError {
    fn from(e: ParseFloatError) -> Self {
        ConvError::BadNumber(e)
    }
}

impl fmt::Display for ConvError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConvError::NoNumber(s) => write!(f, "no numeric part in {:?}", s),
            ConvError::BadNumber(e) => write!(f, "bad number: {}", e),
            ConvError::UnknownUnit(u) => write!(f, "unknown unit `{}`", u),
            ConvError::Mismatch(a, b) => write!(f, "cannot convert {:?} to {:?}", a, b),
        }
    }
}

// (name, dimension, factor to base unit, offset)
const UNITS: &[(&str, Dim, f64, f64)] = &[
    ("mm", Dim::Length, 0.001, 0.0),
    ("cm", Dim::Length, 0.01, 0.0),
    ("m", Dim::Length, 1.0, 0.0),
    ("km", Dim::Length, 1000.0, 0.0),
    ("in", Dim::Length, 0.0254, 0.0),
    ("ft", Dim::Length, 0.3048, 0.0),
    ("mi", Dim::Length, 1609.344, 0.0),
    ("g", Dim::Mass, 0.001, 0.0),
    ("kg", Dim::Mass, 1.0, 0.0),
    ("lb", Dim::Mass, 0.45359237, 0.0),
    ("oz", Dim::Mass, 0.028349523125, 0.0),
    ("C", Dim::Temperature, 1.0, 273.15),
    ("K", Dim::Temperature, 1.0, 0.0),
    ("F", Dim::Temperature, 5.0 / 9.0, 255.37222222222223),
];

fn lookup(unit: &str) -> Result<(Dim, f64, f64), ConvError> {
    UNITS
        .iter()
        .find(|(n, ..)| *n == unit)
        .map(|&(_, d, f, o)| (d, f, o))
        .ok_or_else(|| ConvError::UnknownUnit(unit.to_string()))
}

fn convert(query: &str) -> Result<(f64, String, f64, String), ConvError> {
    let (lhs, target) = query.split_once(" to ").ok_or_else(|| ConvError::UnknownUnit(query.to_string()))?;
    let lhs = lhs.trim();
    let split = lhs
        .find(|c: char| c.is_alphabetic() || c == '°')
        .ok_or_else(|| ConvError::NoNumber(lhs.to_string()))?;
    let (num_str, unit) = lhs.split_at(split);
    let num_str = num_str.trim();
    if num_str.is_empty() {
        return Err(ConvError::NoNumber(lhs.to_string()));
    }
    let value: f64 = num_str.replace(',', "").parse()?;
    let unit = unit.trim_start_matches('°');
    let target = target.trim().trim_start_matches('°');
    let (d1, f1, o1) = lookup(unit)?;
    let (d2, f2, o2) = lookup(target)?;
    if d1 != d2 {
        return Err(ConvError::Mismatch(d1, d2));
    }
    let base = value * f1 + o1;
    Ok((value, unit.to_string(), (base - o2) / f2, target.to_string()))
}

fn main() {
    let queries = [
        "5 km to mi", "12.5in to cm", "6ft to m", "1,500 g to lb", "100°C to F", "-40 F to C",
        "0 K to C", "3.2e3 mm to ft", "10 kg to m", "abc to m", "12 parsecs to km", "1..2 m to cm", "16oz to kg",
    ];
    for q in queries {
        match convert(q) {
            Ok((v, u, r, t)) => {
                let prec = if r.abs() >= 100.0 { 1 } else if r.abs() >= 1.0 { 3 } else { 5 };
                println!("{:<16} => {:>10} {:<3} = {:>12.prec$} {}", q, v, u, r, t, prec = prec)
            }
            Err(e) => println!("{:<16} => error: {}", q, e),
        }
    }
    println!();
    print!("{:>6}", "C\\F");
    let cols: Vec<i32> = (0..=4).map(|i| i * 25).collect();
    for c in &cols {
        print!("{:>9}", format!("{}°F", c));
    }
    println!();
    for c in [-20i32, 0, 37] {
        print!("{:>6}", c);
        for f in &cols {
            let cf = (*f as f64 - 32.0) * 5.0 / 9.0;
            print!("{:>+9.2}", cf - c as f64);
        }
        println!();
    }
    let marathon_km = 42.195f64;
    let (_, _, miles, _) = convert(&format!("{} km to mi", marathon_km)).unwrap();
    let whole = miles.trunc();
    let yards = (miles.fract() * 1760.0).round();
    println!("marathon: {} km = {:.4} mi = {} mi {} yd", marathon_km, miles, whole, yards);
}
