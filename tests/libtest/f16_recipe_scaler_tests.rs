// Recipe scaler: parse ingredient quantities as fractions and scale them.
use std::fmt;
use std::ops::Mul;
use std::str::FromStr;

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    num: u32,
    den: u32,
}

impl Fraction {
    pub fn new(num: u32, den: u32) -> Fraction {
        assert!(den != 0, "denominator must not be zero");
        let g = gcd(num, den).max(1);
        Fraction { num: num / g, den: den / g }
    }
}

impl Mul for Fraction {
    type Output = Fraction;
    fn mul(self, rhs: Fraction) -> Fraction {
        Fraction::new(self.num * rhs.num, self.den * rhs.den)
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let whole = self.num / self.den;
        let rest = self.num % self.den;
        match (whole, rest) {
            (w, 0) => write!(f, "{}", w),
            (0, r) => write!(f, "{}/{}", r, self.den),
            (w, r) => write!(f, "{} {}/{}", w, r, self.den),
        }
    }
}

impl FromStr for Fraction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |_| format!("cannot parse quantity {:?}", s);
        let mut total = Fraction::new(0, 1);
        for part in s.split_whitespace() {
            let piece = match part.split_once('/') {
                Some((n, d)) => {
                    let d: u32 = d.parse().map_err(bad)?;
                    if d == 0 {
                        return Err(format!("zero denominator in {:?}", s));
                    }
                    Fraction::new(n.parse().map_err(bad)?, d)
                }
                None => Fraction::new(part.parse().map_err(bad)?, 1),
            };
            total = Fraction::new(total.num * piece.den + piece.num * total.den, total.den * piece.den);
        }
        Ok(total)
    }
}

#[derive(Debug)]
pub struct Ingredient {
    pub amount: Fraction,
    pub unit: String,
    pub name: String,
}

pub fn scale_recipe(lines: &[&str], factor: Fraction) -> Result<Vec<String>, String> {
    lines
        .iter()
        .map(|line| {
            let (qty, rest) = line.split_once(" x ").ok_or(format!("missing ' x ' in {:?}", line))?;
            let (unit, name) = rest.split_once(' ').unwrap_or(("", rest));
            let ing = Ingredient { amount: qty.parse::<Fraction>()? * factor, unit: unit.to_string(), name: name.to_string() };
            Ok(format!("{} {} {}", ing.amount, ing.unit, ing.name))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frac(s: &str) -> Fraction {
        s.parse().expect("test fraction should parse")
    }

    #[test]
    fn parse_and_display() {
        assert_eq!(frac("3/4").to_string(), "3/4");
        assert_eq!(frac("1 1/2").to_string(), "1 1/2");
        assert_eq!(frac("4/2").to_string(), "2");
    }

    #[test]
    fn multiply_reduces() {
        assert_eq!(frac("2/3") * frac("3/4"), Fraction::new(1, 2));
    }

    #[test]
    fn parse_errors() {
        assert_eq!("a/b".parse::<Fraction>(), Err("cannot parse quantity \"a/b\"".to_string()));
        assert!("1/0".parse::<Fraction>().unwrap_err().contains("zero denominator"));
    }

    #[test]
    fn double_a_recipe() -> Result<(), String> {
        let out = scale_recipe(&["1 1/2 x cup flour", "3/4 x tsp salt"], frac("2"))?;
        assert_eq!(out, vec!["3 cup flour", "1 1/2 tsp salt"]);
        Ok(())
    }

    #[test]
    fn halve_a_recipe() -> Result<(), String> {
        let out = scale_recipe(&["3 x egg yolks"], frac("1/2"))?;
        // The student forgot the reduced fraction would be printed as a mixed number.
        assert_eq!(out[0], "3/2 egg yolks", "halving 3 egg yolks");
        Ok(())
    }

    #[test]
    fn missing_separator() {
        let err = scale_recipe(&["2 cups sugar"], frac("1")).unwrap_err();
        assert_eq!(err, "missing ' x ' in \"2 cups sugar\"");
    }

    #[test]
    #[should_panic(expected = "denominator must not be zero")]
    fn zero_denominator_panics() {
        Fraction::new(1, 0);
    }
}
