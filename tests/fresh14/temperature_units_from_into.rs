use std::convert::TryFrom;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)] struct Celsius(f64);
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)] struct Fahrenheit(f64);
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)] struct Kelvin(f64);

impl From<Celsius> for Fahrenheit { fn from(c: Celsius) -> Self { Fahrenheit(c.0 * 9.0 / 5.0 + 32.0) } }
impl From<Fahrenheit> for Celsius { fn from(f: Fahrenheit) -> Self { Celsius((f.0 - 32.0) * 5.0 / 9.0) } }
impl From<Kelvin> for Celsius { fn from(k: Kelvin) -> Self { Celsius(k.0 - 273.15) } }
impl TryFrom<Celsius> for Kelvin {
    type Error = String;
    fn try_from(c: Celsius) -> Result<Self, String> {
        let k = c.0 + 273.15;
        if k < 0.0 { Err(format!("{:.2}C is below absolute zero", c.0)) } else { Ok(Kelvin(k)) }
    }
}

impl fmt::Display for Celsius { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.1}°C", self.0) } }
impl fmt::Display for Fahrenheit { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.1}°F", self.0) } }
impl fmt::Display for Kelvin { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{:.2}K", self.0) } }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level { Freezing, Cold, Mild, Hot }

impl From<Celsius> for Level {
    fn from(c: Celsius) -> Level {
        match c.0 { t if t <= 0.0 => Level::Freezing, t if t < 15.0 => Level::Cold, t if t < 28.0 => Level::Mild, _ => Level::Hot }
    }
}

fn to_celsius(t: impl Into<Celsius>) -> Celsius { t.into() }

struct Reading { city: &'static str, temp: Celsius }

fn main() {
    let cs = [Celsius(-40.0), Celsius(0.0), Celsius(21.5), Celsius(37.0), Celsius(100.0), Celsius(-300.0)];
    println!("{:>10} | {:>10} | {:>10}", "C", "F", "K");
    for c in cs {
        let f: Fahrenheit = c.into();
        let k = match Kelvin::try_from(c) { Ok(k) => k.to_string(), Err(e) => format!("ERR({})", e.len()) };
        println!("{:>10} | {:>10} | {:>10}", c.to_string(), f.to_string(), k);
    }
    let back = to_celsius(Fahrenheit(98.6));
    println!("98.6F -> {} ({:.4})", back, back.0);
    println!("0K -> {}", to_celsius(Kelvin(0.0)));
    if let Err(e) = Kelvin::try_from(Celsius(-300.0)) { println!("error: {}", e); }

    let mut readings = vec![
        Reading { city: "Oslo", temp: Fahrenheit(23.0).into() },
        Reading { city: "Cairo", temp: Celsius(34.2) },
        Reading { city: "Lima", temp: Kelvin(292.5).into() },
        Reading { city: "Quito", temp: Celsius(13.9) },
        Reading { city: "Perth", temp: Fahrenheit(80.0).into() },
    ];
    readings.sort_by(|a, b| b.temp.partial_cmp(&a.temp).unwrap());
    for r in &readings {
        let lvl: Level = r.temp.into();
        println!("{:<6}{:>9}  {:<9?}{}", r.city, r.temp.to_string(), lvl, "#".repeat((r.temp.0.max(0.0) / 4.0) as usize));
    }
    let avg = readings.iter().map(|r| r.temp.0).sum::<f64>() / readings.len() as f64;
    println!("avg {:.3} -> {:?}", avg, Level::from(Celsius(avg)));
    let mut levels: Vec<Level> = readings.iter().map(|r| Level::from(r.temp)).collect();
    levels.sort();
    levels.dedup();
    println!("levels present: {:?}", levels);
    println!("{}", Celsius(10.0) < Celsius(10.5));
}
