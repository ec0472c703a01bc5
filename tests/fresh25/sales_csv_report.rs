use std::collections::{BTreeMap, HashMap};
use std::fmt;

#[derive(Debug, Clone)]
struct Sale {
    region: String,
    product: String,
    qty: u32,
    unit_price: f64,
}

#[derive(Debug)]
enum RowError {
    FieldCount(usize),
    Qty(std::num::ParseIntError),
    Price(std::num::ParseFloatError),
    Negative(f64),
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RowError::FieldCount(n) => write!(f, "expected 4 fields, found {}", n),
            RowError::Qty(e) => write!(f, "quantity: {}", e),
            RowError::Price(e) => write!(f, "price: {}", e),
            RowError::Negative(p) => write!(f, "negative price {:.2}", p),
        }
    }
}

impl From<std::num::ParseIntError> for RowError {
    fn from(e: std::num::ParseIntError) -> Self { RowError::Qty(e) }
}
impl From<std::num::ParseFloatError> for RowError {
    fn from(e: std::num::ParseFloatError) -> Self { RowError::Price(e) }
}

fn parse_row(line: &str) -> Result<Sale, RowError> {
    let fields: Vec<&str> = line.split(',').map(|f| f.trim().trim_matches('"')).collect();
    if fields.len() != 4 {
        return Err(RowError::FieldCount(fields.len()));
    }
    let qty: u32 = fields[2].parse()?;
    let unit_price: f64 = fields[3].trim_start_matches('$').parse()?;
    if unit_price < 0.0 {
        return Err(RowError::Negative(unit_price));
    }
    Ok(Sale { region: fields[0].to_string(), product: fields[1].to_string(), qty, unit_price })
}

#[derive(Default, Debug)]
struct Totals {
    units: u32,
    revenue: f64,
    orders: usize,
}

fn main() {
    let data = "region,product,qty,price
North,\"Widget\",10,$2.50
South,Gadget,3,19.99
North,Gadget,1,19.99
East,Widget,abc,2.50
West,Gizmo,7,5.25
South,Widget,25,2.45
North,Gizmo,2
East,Gizmo,4,-1.00
East,Widget,12,$2.55
West,Widget,0,2.50
South,Gizmo,6,5.1e0
West,Gadget,2,19.5x";
    let mut lines = data.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    println!("columns: {:?}", header);
    let mut sales = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in lines.enumerate() {
        match parse_row(line) {
            Ok(s) => sales.push(s),
            Err(e) => errors.push((n + 2, e)),
        }
    }
    let mut by_region: HashMap<String, Totals> = HashMap::new();
    let mut by_product: BTreeMap<&str, (u32, f64)> = BTreeMap::new();
    for s in &sales {
        let rev = s.qty as f64 * s.unit_price;
        by_region
            .entry(s.region.clone())
            .and_modify(|t| { t.units += s.qty; t.revenue += rev; t.orders += 1; })
            .or_insert_with(|| Totals { units: s.qty, revenue: rev, orders: 1 });
        let e = by_product.entry(&s.product).or_insert((0, 0.0));
        e.0 += s.qty;
        e.1 += rev;
    }
    let grand: f64 = by_region.values().map(|t| t.revenue).sum();
    let mut regions: Vec<(&String, &Totals)> = by_region.iter().collect();
    regions.sort_unstable_by(|a, b| b.1.revenue.partial_cmp(&a.1.revenue).unwrap().then_with(|| a.0.cmp(b.0)));
    println!("{:<10}|{:^7}|{:>6}|{:>10}|{:>7}", "Region", "Orders", "Units", "Revenue", "Share");
    println!("{:-<10}+{:-^7}+{:->6}+{:->10}+{:->7}", "", "", "", "", "");
    for (name, t) in &regions {
        println!("{:<10}|{:^7}|{:>6}|{:>10.2}|{:>6.1}%", name, t.orders, t.units, t.revenue, 100.0 * t.revenue / grand);
    }
    println!("{:=<44}", "");
    println!("{:<10}|{:^7}|{:>6}|{:>10.2}|", "TOTAL", sales.len(), sales.iter().map(|s| s.qty).sum::<u32>(), grand);
    println!();
    println!("{:*^30}", " by product ");
    for (p, (u, r)) in &by_product {
        let avg = if *u == 0 { 0.0 } else { r / *u as f64 };
        println!("{:.<12}{:>5} units @ avg {:>7.3} = {:>9.2}", p, u, avg, r);
    }
    let best = sales.iter().max_by(|a, b| (a.qty as f64 * a.unit_price).partial_cmp(&(b.qty as f64 * b.unit_price)).unwrap()).unwrap();
    println!("biggest order: {:?}", best);
    println!();
    println!("{} rejected rows:", errors.len());
    for (line, e) in &errors {
        println!("  line {:>3}: {}", line, e);
    }
    let zero_qty = sales.iter().filter(|s| s.qty == 0).count();
    println!("zero-quantity rows: {}, Debug of first error: {:?}", zero_qty, errors.first().map(|(_, e)| e));
}
