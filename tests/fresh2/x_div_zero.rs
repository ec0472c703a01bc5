use std::collections::BTreeMap;

struct Sale {
    region: &'static str,
    units: u32,
    revenue: u32,
}

fn average_price(sales: &[&Sale]) -> u32 {
    let revenue: u32 = sales.iter().map(|s| s.revenue).sum();
    let units: u32 = sales.iter().map(|s| s.units).sum();
    revenue / units
}

fn main() {
    let sales = vec![
        Sale { region: "north", units: 10, revenue: 1250 },
        Sale { region: "north", units: 4, revenue: 480 },
        Sale { region: "south", units: 7, revenue: 910 },
        Sale { region: "east", units: 0, revenue: 0 },
        Sale { region: "west", units: 3, revenue: 300 },
    ];
    let mut by_region: BTreeMap<&str, Vec<&Sale>> = BTreeMap::new();
    for s in &sales {
        by_region.entry(s.region).or_default().push(s);
    }
    println!("{} regions", by_region.len());
    for (region, list) in &by_region {
        println!("{region}: {} sale(s)", list.len());
        println!("  average price {}", average_price(list));
    }
}
