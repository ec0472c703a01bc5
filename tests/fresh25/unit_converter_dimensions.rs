use std::fmt;
use std::ops::{Add, Div, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Dim {
    m: i8,
    kg: i8,
    s: i8,
}

const LENGTH: Dim = Dim { m: 1, kg: 0, s: 0 };
const MASS: Dim = Dim { m: 0, kg: 1, s: 0 };
const TIME: Dim = Dim { m: 0, kg: 0, s: 1 };

#[derive(Debug, Clone, Copy, PartialEq)]
struct Quantity {
    value: f64,
    dim: Dim,
}

impl fmt::Display for Dim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = [("m", self.m), ("kg", self.kg), ("s", self.s)]
            .iter()
            .filter(|(_, e)| *e != 0)
            .map(|(n, e)| if *e == 1 { n.to_string() } else { format!("{}^{}", n, e) })
            .collect();
        if parts.is_empty() { write!(f, "1") } else { write!(f, "{}", parts.join("·")) }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "{:.*} {}", p, self.value, self.dim)
        } else {
            write!(f, "{} {}", self.value, self.dim)
        }
    }
}

impl Add for Quantity {
    type Output = Result<Quantity, String>;
    fn add(self, o: Quantity) -> Self::Output {
        if self.dim != o.dim {
            return Err(format!("cannot add {} to {}", o.dim, self.dim));
        }
        Ok(Quantity { value: self.value + o.value, dim: self.dim })
    }
}

impl Sub for Quantity {
    type Output = Result<Quantity, String>;
    fn sub(self, o: Quantity) -> Self::Output {
        self + (-o)
    }
}

impl Neg for Quantity {
    type Output = Quantity;
    fn neg(self) -> Quantity {
        Quantity { value: -self.value, ..self }
    }
}

impl Mul for Quantity {
    type Output = Quantity;
    fn mul(self, o: Quantity) -> Quantity {
        let d = Dim { m: self.dim.m + o.dim.m, kg: self.dim.kg + o.dim.kg, s: self.dim.s + o.dim.s };
        Quantity { value: self.value * o.value, dim: d }
    }
}

impl Div for Quantity {
    type Output = Quantity;
    fn div(self, o: Quantity) -> Quantity {
        let d = Dim { m: self.dim.m - o.dim.m, kg: self.dim.kg - o.dim.kg, s: self.dim.s - o.dim.s };
        Quantity { value: self.value / o.value, dim: d }
    }
}

fn unit(name: &str) -> Option<(f64, Dim)> {
    Some(match name {
        "m" => (1.0, LENGTH),
        "km" => (1000.0, LENGTH),
        "mi" => (1609.344, LENGTH),
        "ft" => (0.3048, LENGTH),
        "kg" => (1.0, MASS),
        "lb" => (0.45359237, MASS),
        "s" => (1.0, TIME),
        "min" => (60.0, TIME),
        "h" => (3600.0, TIME),
        _ => return None,
    })
}

fn parse(text: &str) -> Result<Quantity, String> {
    let mut it = text.split_whitespace();
    let num = it.next().ok_or("empty quantity")?;
    let value: f64 = num.parse().map_err(|e| format!("bad number '{}': {}", num, e))?;
    let u = it.next().ok_or_else(|| format!("missing unit in '{}'", text))?;
    let (factor, dim) = unit(u).ok_or_else(|| format!("unknown unit '{}'", u))?;
    if let Some(extra) = it.next() {
        return Err(format!("trailing input '{}'", extra));
    }
    Ok(Quantity { value: value * factor, dim })
}

fn convert(q: Quantity, target: &str) -> Result<f64, String> {
    let (factor, dim) = unit(target).ok_or(format!("unknown unit '{}'", target))?;
    if dim != q.dim {
        return Err(format!("{} is not convertible to {}", q.dim, target));
    }
    Ok(q.value / factor)
}

fn main() {
    let inputs = ["5 km", "3.1 mi", "12 ft", "2 h", "45 min", "150 lb", "abc m", "7 parsec", "4", "1 m extra"];
    let mut parsed = Vec::new();
    for s in inputs {
        match parse(s) {
            Ok(q) => {
                println!("{:<10} => {:.3}", s, q);
                parsed.push(q);
            }
            Err(e) => println!("{:<10} => error: {}", s, e),
        }
    }
    let dist = (parsed[0] + parsed[1]).and_then(|d| d + parsed[2]).unwrap();
    let time = (parsed[3] + parsed[4]).unwrap();
    println!("total distance {:.1}", dist);
    println!("total time     {:.0}", time);
    let speed = dist / time;
    println!("speed {:.4} = {:>8.2} km/h", speed, speed.value * 3.6);
    println!("in mi: {:>10.4}", convert(dist, "mi").unwrap());
    match convert(speed, "km") {
        Ok(v) => println!("?? {}", v),
        Err(e) => println!("convert error: {}", e),
    }
    match dist + parsed[5] {
        Ok(q) => println!("?? {}", q),
        Err(e) => println!("add error: {}", e),
    }
    let diff = (parsed[1] - parsed[0]).unwrap();
    println!("mi - km = {:+.2} m", diff.value);
    let energy_like = parsed[5] * speed * speed;
    println!("m·v² = {:.2} ({})", energy_like.value, energy_like.dim);
    let ratio = dist / dist;
    println!("dimensionless: {} {:?}", ratio, ratio.dim == Dim { m: 0, kg: 0, s: 0 });
}
