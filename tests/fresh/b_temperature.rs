use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Scale {
    Celsius,
    Fahrenheit,
    Kelvin,
}

#[derive(Debug, Clone, Copy)]
struct Temperature {
    value: f64,
    scale: Scale,
}

impl Temperature {
    fn to_celsius(self) -> f64 {
        match self.scale {
            Scale::Celsius => self.value,
            Scale::Fahrenheit => (self.value - 32.0) * 5.0 / 9.0,
            Scale::Kelvin => self.value - 273.15,
        }
    }

    fn convert(self, to: Scale) -> Temperature {
        let c = self.to_celsius();
        let value = match to {
            Scale::Celsius => c,
            Scale::Fahrenheit => c * 9.0 / 5.0 + 32.0,
            Scale::Kelvin => c + 273.15,
        };
        Temperature { value, scale: to }
    }

    fn describe(&self) -> &'static str {
        match self.to_celsius() {
            c if c < -273.15 => "impossible",
            c if c < 0.0 => "freezing",
            c if c < 15.0 => "cold",
            c if c < 25.0 => "pleasant",
            c if c < 100.0 => "hot",
            _ => "boiling",
        }
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Scale::Celsius => "°C",
            Scale::Fahrenheit => "°F",
            Scale::Kelvin => "K",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let prec = f.precision().unwrap_or(1);
        write!(f, "{:.*}{}", prec, self.value, self.scale)
    }
}

impl FromStr for Temperature {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let (num, scale) = if let Some(n) = s.strip_suffix('C') {
            (n, Scale::Celsius)
        } else if let Some(n) = s.strip_suffix('F') {
            (n, Scale::Fahrenheit)
        } else if let Some(n) = s.strip_suffix('K') {
            (n, Scale::Kelvin)
        } else {
            return Err(format!("unknown scale in {:?}", s));
        };
        let value: f64 = num.trim().parse().map_err(|e| format!("{:?}: {}", num, e))?;
        Ok(Temperature { value, scale })
    }
}

fn main() {
    let inputs = ["100C", "32F", "0K", "-40 F", "21.5C", "98.6F", "300K", "-300C", "12", "abcC"];
    for inp in inputs {
        match inp.parse::<Temperature>() {
            Ok(t) => {
                let others: Vec<String> = [Scale::Celsius, Scale::Fahrenheit, Scale::Kelvin]
                    .iter()
                    .filter(|&&s| s != t.scale)
                    .map(|&s| format!("{:.2}", t.convert(s)))
                    .collect();
                println!("{:>8} = {} ({})", t, others.join(" = "), t.describe());
            }
            Err(e) => println!("error: {}", e),
        }
    }
    let readings: Vec<Temperature> = "20C 68F 295K 15C 50F".split(' ').filter_map(|s| s.parse().ok()).collect();
    let avg = readings.iter().map(|t| t.to_celsius()).sum::<f64>() / readings.len() as f64;
    println!("average of {} readings: {:.3}°C", readings.len(), avg);
    let max = readings.iter().max_by(|a, b| a.to_celsius().total_cmp(&b.to_celsius())).unwrap();
    println!("warmest: {} = {:.0}", max, max.convert(Scale::Celsius));
}
