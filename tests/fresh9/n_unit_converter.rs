use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit { Meter, Kilometer, Mile, Foot, Inch, Celsius, Fahrenheit, Kelvin }

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dimension { Length, Temperature }

#[derive(Debug, PartialEq)]
enum ConvError { UnknownUnit(String), BadValue(String), Incompatible(Unit, Unit), BelowAbsoluteZero(f64) }

impl fmt::Display for ConvError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::UnknownUnit(u) => write!(f, "unknown unit {u:?}"),
            Self::BadValue(v) => write!(f, "cannot parse value {v:?}"),
            Self::Incompatible(a, b) => write!(f, "cannot convert {a:?} to {b:?}"),
            Self::BelowAbsoluteZero(k) => write!(f, "{k:.2}K is below absolute zero"),
        }
    }
}
impl std::error::Error for ConvError {}

impl TryFrom<&str> for Unit {
    type Error = ConvError;
    fn try_from(s: &str) -> Result<Self, ConvError> {
        Ok(match s {
            "m" => Unit::Meter, "km" => Unit::Kilometer, "mi" => Unit::Mile,
            "ft" => Unit::Foot, "in" => Unit::Inch,
            "C" => Unit::Celsius, "F" => Unit::Fahrenheit, "K" => Unit::Kelvin,
            _ => return Err(ConvError::UnknownUnit(s.to_owned())),
        })
    }
}

impl Unit {
    fn dimension(self) -> Dimension {
        match self {
            Unit::Celsius | Unit::Fahrenheit | Unit::Kelvin => Dimension::Temperature,
            _ => Dimension::Length,
        }
    }
    // (scale, offset) to base unit: base = v * scale + offset
    fn to_base(self) -> (f64, f64) {
        match self {
            Unit::Meter => (1.0, 0.0), Unit::Kilometer => (1000.0, 0.0),
            Unit::Mile => (1609.344, 0.0), Unit::Foot => (0.3048, 0.0), Unit::Inch => (0.0254, 0.0),
            Unit::Kelvin => (1.0, 0.0), Unit::Celsius => (1.0, 273.15),
            Unit::Fahrenheit => (5.0 / 9.0, 273.15 - 32.0 * 5.0 / 9.0),
        }
    }
}

#[derive(Debug)]
struct Quantity { value: f64, unit: Unit }

impl FromStr for Quantity {
    type Err = ConvError;
    fn from_str(s: &str) -> Result<Self, ConvError> {
        let s = s.trim();
        let split_at = s.find(|c: char| c.is_alphabetic()).unwrap_or(s.len());
        let (num, unit) = s.split_at(split_at);
        let value = num.trim().parse::<f64>().map_err(|_| ConvError::BadValue(num.trim().to_string()))?;
        Ok(Quantity { value, unit: Unit::try_from(unit.trim())? })
    }
}

impl Quantity {
    fn convert(&self, target: Unit) -> Result<Quantity, ConvError> {
        if self.unit.dimension() != target.dimension() {
            return Err(ConvError::Incompatible(self.unit, target));
        }
        let (s1, o1) = self.unit.to_base();
        let base = self.value * s1 + o1;
        if self.unit.dimension() == Dimension::Temperature && base < 0.0 {
            return Err(ConvError::BelowAbsoluteZero(base));
        }
        let (s2, o2) = target.to_base();
        Ok(Quantity { value: (base - o2) / s2, unit: target })
    }
}

fn run(line: &str) -> Result<String, Box<dyn std::error::Error>> {
    let (lhs, rhs) = line.split_once("->").ok_or("missing '->'")?;
    let q: Quantity = lhs.parse()?;
    let target = Unit::try_from(rhs.trim())?;
    let out = q.convert(target)?;
    Ok(format!("{:>10.3} {:<10} = {:>14.4} {:?}", q.value, format!("{:?}", q.unit), out.value, out.unit))
}

fn main() {
    let lines = ["5 km -> mi", "26.2mi -> km", "100 C -> F", "-40 F -> C", "0 K -> C", "-300 C -> K",
                 "12 in -> ft", "3 ft -> K", "7 parsec -> m", "abc m -> ft", "10 m ft"];
    for l in lines {
        match run(l) {
            Ok(s) => println!("{s}"),
            Err(e) => println!("{:<14} !! {}", l, e),
        }
    }
    let marathon: Quantity = "42195 m".parse().unwrap();
    let in_ft = marathon.convert(Unit::Foot).unwrap();
    println!("marathon: {:e} ft, {:.0} in", in_ft.value, marathon.convert(Unit::Inch).unwrap().value);
    println!("scientific: {:.3e} m per mile", Unit::Mile.to_base().0);
    let temps: Vec<f64> = [-10.0, 0.0, 37.0, 100.0].iter()
        .filter_map(|&c| Quantity { value: c, unit: Unit::Celsius }.convert(Unit::Fahrenheit).ok())
        .map(|q| q.value).collect();
    println!("C->F table: {:?}", temps);
    println!("err eq: {}", Quantity::from_str("1 x").unwrap_err() == ConvError::UnknownUnit("x".into()));
}
