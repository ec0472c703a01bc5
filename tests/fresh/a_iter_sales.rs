// Sales report: parse records, group by region with BTreeMap, flat_map over items, unzip, scan.
use std::collections::{BTreeMap, HashSet};

#[derive(Debug)]
struct Sale {
    month: u8,
    region: String,
    items: Vec<(String, u32, f64)>,
}

fn parse(line: &str) -> Option<Sale> {
    let mut parts = line.splitn(3, '|');
    let month = parts.next()?.trim().parse().ok()?;
    let region = parts.next()?.trim().to_string();
    let items = parts
        .next()?
        .split(';')
        .filter_map(|it| {
            let f: Vec<&str> = it.split(',').map(str::trim).collect();
            match f.as_slice() {
                [name, qty, price] => Some((name.to_string(), qty.parse().ok()?, price.parse().ok()?)),
                _ => None,
            }
        })
        .collect();
    Some(Sale { month, region, items })
}

fn main() {
    let data = "1 | north | widget,3,2.50; gadget,1,10.00
1 | south | widget,10,2.50
2 | north | gizmo,2,7.25; widget,1,2.50
x | east  | widget,1,1.00
2 | east  | gadget,4,9.50; gizmo,1,7.25; broken
3 | south | gadget,2,10.00; widget,5,2.40
3 | north | gizmo,6,7.00";
    let sales: Vec<Sale> = data.lines().filter_map(parse).collect();
    println!("parsed {} of {} lines", sales.len(), data.lines().count());

    let mut by_region: BTreeMap<&str, f64> = BTreeMap::new();
    for s in &sales {
        let total: f64 = s.items.iter().map(|(_, q, p)| *q as f64 * p).sum();
        *by_region.entry(s.region.as_str()).or_insert(0.0) += total;
    }
    for (region, total) in &by_region {
        println!("{:<6} {:>9.2}", region, total);
    }

    let (quantities, revenues): (Vec<u32>, Vec<f64>) = sales
        .iter()
        .flat_map(|s| s.items.iter())
        .map(|(_, q, p)| (*q, *q as f64 * p))
        .unzip();
    println!("units: {:?} = {}", quantities, quantities.iter().sum::<u32>());

    let monthly: Vec<f64> = (1..=3u8)
        .map(|m| sales.iter().filter(|s| s.month == m).flat_map(|s| &s.items).map(|(_, q, p)| *q as f64 * p).sum())
        .collect();
    let running: Vec<String> = monthly
        .iter()
        .scan(0.0, |acc, x| {
            *acc += x;
            Some(format!("{:.2}", acc))
        })
        .collect();
    println!("monthly {:?} running {:?}", monthly, running);
    println!("total revenue {:.2}", revenues.iter().sum::<f64>());

    let products: HashSet<&str> = sales.iter().flat_map(|s| s.items.iter().map(|i| i.0.as_str())).collect();
    let mut products: Vec<_> = products.into_iter().collect();
    products.sort_unstable();
    println!("products: {}", products.join("/"));
    let best = products
        .iter()
        .map(|p| (p, sales.iter().flat_map(|s| &s.items).filter(|i| i.0 == *p).map(|i| i.1).sum::<u32>()))
        .max_by_key(|&(_, q)| q);
    println!("best seller by units: {:?}", best);
}
