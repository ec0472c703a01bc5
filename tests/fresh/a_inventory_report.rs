// Inventory report parsed from text with FromStr, grouped in BTreeMap, with percentiles and a bar chart.
use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(Debug, Clone)]
struct Product {
    name: String,
    dept: String,
    cost: f64,
    price: f64,
    sold: u32,
}

impl FromStr for Product {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let f: Vec<&str> = s.split(';').map(|x| x.trim()).collect();
        if f.len() != 5 {
            return Err(format!("expected 5 fields, got {}", f.len()));
        }
        let num = |i: usize| f[i].parse::<f64>().map_err(|e| format!("field {} ({:?}): {}", i, f[i], e));
        Ok(Product {
            name: f[0].to_string(),
            dept: f[1].to_uppercase(),
            cost: num(2)?,
            price: num(3)?,
            sold: f[4].parse().map_err(|_| format!("bad sold count {:?}", f[4]))?,
        })
    }
}

impl Product {
    fn margin(&self) -> f64 {
        (self.price - self.cost) / self.price
    }
    fn profit(&self) -> f64 {
        (self.price - self.cost) * self.sold as f64
    }
}

fn main() {
    let raw = "
        desk lamp; home; 11.20; 24.99; 130
        office chair; furniture; 58.00; 129.00; 41
        bookshelf; furniture; 40.5; 89.90; 17
        mug; home; 1.10; 6.50; 520
        standing desk; furniture; 190; 349; 9
        candle; home; 2.25; 9.75; 260
        rug; home; 35.00; abc; 12
        monitor arm; office; 21.00; 54.00; 66
        stapler; office; 3.40; 12.00
    ";
    let mut products = Vec::new();
    for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.parse::<Product>() {
            Ok(p) => products.push(p),
            Err(e) => println!("rejected {:?}: {}", line.split(';').next().unwrap_or(""), e),
        }
    }
    let mut by_dept: BTreeMap<String, Vec<&Product>> = BTreeMap::new();
    for p in &products {
        by_dept.entry(p.dept.clone()).or_default().push(p);
    }
    let max_profit = products.iter().map(Product::profit).fold(0.0, f64::max);
    for (dept, list) in &by_dept {
        let profit: f64 = list.iter().map(|p| p.profit()).sum();
        println!("{} ({} products, profit {:.2})", dept, list.len(), profit);
        let mut sorted = list.clone();
        sorted.sort_by(|a, b| b.profit().partial_cmp(&a.profit()).unwrap());
        for p in sorted {
            let bar = "#".repeat((p.profit() / max_profit * 30.0).round() as usize);
            println!("  {:<14}{:>6.1}% {:>9.2} {}", p.name, p.margin() * 100.0, p.profit(), bar);
        }
    }
    let mut margins: Vec<f64> = products.iter().map(|p| p.margin()).collect();
    margins.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = if margins.len() % 2 == 0 {
        (margins[margins.len() / 2 - 1] + margins[margins.len() / 2]) / 2.0
    } else {
        margins[margins.len() / 2]
    };
    println!("median margin: {:.4}", median);
    println!("margin range: {:.3} .. {:.3}", margins.first().unwrap(), margins.last().unwrap());
    let units: u32 = products.iter().map(|p| p.sold).sum();
    println!("units sold: {} ({:e} revenue)", units, products.iter().map(|p| p.price * p.sold as f64).sum::<f64>());
}
