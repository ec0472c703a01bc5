use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum RowError {
    Columns { line: usize, found: usize },
    Int(ParseIntError),
    Float(ParseFloatError),
    Region(String),
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowError::Columns { line, found } => write!(f, "line {line}: expected 4 columns, found {found}"),
            RowError::Int(e) => write!(f, "bad integer ({e})"),
            RowError::Float(e) => write!(f, "bad float ({e})"),
            RowError::Region(r) => write!(f, "unknown region {r:?}"),
        }
    }
}

impl Error for RowError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            RowError::Int(e) => Some(e),
            RowError::Float(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ParseIntError> for RowError { fn from(e: ParseIntError) -> Self { RowError::Int(e) } }
impl From<ParseFloatError> for RowError { fn from(e: ParseFloatError) -> Self { RowError::Float(e) } }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Region { North, South, East, West }

#[derive(Debug, Clone)]
struct Sale { month: u8, region: Region, units: u32, price: f64 }

fn parse_row(line_no: usize, line: &str) -> Result<Sale, RowError> {
    let cols: Vec<&str> = line.split(';').map(|c| c.trim()).collect();
    let [month, region, units, price] = cols.as_slice() else {
        return Err(RowError::Columns { line: line_no, found: cols.len() });
    };
    let region = match region.to_ascii_uppercase().as_str() {
        "N" => Region::North, "S" => Region::South, "E" => Region::East, "W" => Region::West,
        _ => return Err(RowError::Region(region.to_string())),
    };
    Ok(Sale { month: month.parse()?, region, units: units.parse()?, price: price.parse()? })
}

fn report(data: &str) -> Result<f64, Box<dyn Error>> {
    let rows: Vec<Sale> = data.lines().enumerate().skip(1)
        .map(|(i, l)| parse_row(i + 1, l))
        .collect::<Result<_, _>>()?;
    let mut per_region: BTreeMap<Region, (u32, f64)> = BTreeMap::new();
    for s in &rows {
        let e = per_region.entry(s.region).or_insert((0, 0.0));
        e.0 += s.units;
        e.1 += s.units as f64 * s.price;
    }
    for (r, (u, rev)) in &per_region {
        println!("  {:<6} units={:>4} revenue={:>10.2} avg={:>6.2}", format!("{r:?}"), u, rev, rev / *u as f64);
    }
    let (q1, rest): (Vec<&Sale>, Vec<&Sale>) = rows.iter().partition(|s| s.month <= 3);
    println!("  Q1 rows={} other rows={}", q1.len(), rest.len());
    let (months, units): (Vec<u8>, Vec<u32>) = rows.iter().map(|s| (s.month, s.units)).unzip();
    println!("  months={:?} units={:?}", months, units);
    let best = rows.iter().max_by(|a, b| (a.units as f64 * a.price).total_cmp(&(b.units as f64 * b.price))).ok_or("empty")?;
    println!("  best row: {:?}", best);
    Ok(per_region.values().map(|v| v.1).sum())
}

fn main() {
    let good = "month;region;units;price\n1;N;10;2.5\n2;s;4;10.0\n3;E;7;3.25\n4;N;12;2.5\n5;W;1;99.99\n6;e;20;1.1";
    let bad_int = "month;region;units;price\n1;N;10;2.5\n2;S;four;10.0";
    let bad_cols = "month;region;units;price\n1;N;10";
    let bad_region = "month;region;units;price\n1;Q;1;1";
    let bad_float = "month;region;units;price\n1;W;3;1.2.3";
    for (name, data) in [("good", good), ("bad_int", bad_int), ("bad_cols", bad_cols), ("bad_region", bad_region), ("bad_float", bad_float)] {
        println!("[{name}]");
        match report(data) {
            Ok(total) => println!("  total revenue: {total:.2}"),
            Err(e) => {
                let cause = e.source().map(|s| s.to_string()).unwrap_or_else(|| "none".into());
                println!("  error: {e} | source: {cause}");
            }
        }
    }
    let maybe_units: Option<Vec<u32>> = ["3", "5", "x"].iter().map(|s| s.parse().ok()).collect();
    let sure_units: Option<Vec<u32>> = ["3", "5", "8"].iter().map(|s| s.parse().ok()).collect();
    println!("{:?} {:?}", maybe_units, sure_units.map(|v| v.iter().product::<u32>()));
}
