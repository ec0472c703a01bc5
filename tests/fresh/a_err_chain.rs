// Layered errors with source() chains: a recipe scaler that reports the full cause chain.
use std::error::Error;
use std::fmt;
use std::num::ParseFloatError;
use std::str::FromStr;

#[derive(Debug)]
struct QuantityError {
    text: String,
    cause: ParseFloatError,
}

#[derive(Debug)]
struct IngredientError {
    line: usize,
    cause: Box<dyn Error>,
}

impl fmt::Display for QuantityError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot read quantity '{}'", self.text)
    }
}
impl Error for QuantityError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}
impl fmt::Display for IngredientError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "ingredient on line {} is invalid", self.line)
    }
}
impl Error for IngredientError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(self.cause.as_ref())
    }
}

#[derive(Debug, Clone)]
struct Ingredient {
    qty: f64,
    unit: String,
    name: String,
}

impl FromStr for Ingredient {
    type Err = Box<dyn Error>;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.splitn(3, ' ');
        let qty_text = parts.next().ok_or("empty line")?;
        let qty = if let Some((n, d)) = qty_text.split_once('/') {
            let n: f64 = n.parse().map_err(|e| QuantityError { text: qty_text.into(), cause: e })?;
            let d: f64 = d.parse().map_err(|e| QuantityError { text: qty_text.into(), cause: e })?;
            n / d
        } else {
            qty_text.parse().map_err(|e| QuantityError { text: qty_text.into(), cause: e })?
        };
        let unit = parts.next().ok_or("missing unit")?.to_string();
        let name = parts.next().ok_or_else(|| format!("missing name after '{}'", unit))?.to_string();
        Ok(Ingredient { qty, unit, name })
    }
}

fn parse_recipe(text: &str) -> Result<Vec<Ingredient>, IngredientError> {
    text.lines()
        .enumerate()
        .map(|(i, l)| l.parse::<Ingredient>().map_err(|cause| IngredientError { line: i + 1, cause }))
        .collect()
}

fn report(e: &dyn Error) {
    println!("error: {}", e);
    let mut cur = e.source();
    let mut depth = 1;
    while let Some(c) = cur {
        println!("{}caused by: {}", "  ".repeat(depth), c);
        cur = c.source();
        depth += 1;
    }
}

fn main() {
    let pancakes = "1.5 cup flour\n2 tbsp sugar\n1/2 tsp salt\n1 cup milk\n2 whole eggs";
    match parse_recipe(pancakes) {
        Ok(list) => {
            let scale = 2.5;
            println!("pancakes x{}:", scale);
            for ing in list.iter().map(|i| Ingredient { qty: i.qty * scale, ..i.clone() }) {
                println!("  {:>6.2} {:<5} {}", ing.qty, ing.unit, ing.name);
            }
        }
        Err(e) => report(&e),
    }
    for bad in ["2 cup flour\nabout 3 eggs", "1 cup rice\n1/x cup water", "1 pinch\n", "2 cups"] {
        println!("---");
        if let Err(e) = parse_recipe(bad) {
            report(&e);
        }
    }
}
