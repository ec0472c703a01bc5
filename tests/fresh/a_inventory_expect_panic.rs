// Parts catalogue with BTreeMap lookups; a bill of materials references a part that doesn't exist.
use std::collections::BTreeMap;

#[derive(Debug)]
struct Part {
    name: &'static str,
    unit_cost: f64,
    in_stock: u32,
}

fn build_cost(catalogue: &BTreeMap<&str, Part>, bom: &[(&str, u32)]) -> f64 {
    bom.iter()
        .map(|(code, n)| {
            let part = catalogue.get(code).expect("bill of materials refers to an unknown part code");
            part.unit_cost * *n as f64
        })
        .sum()
}

fn buildable(catalogue: &BTreeMap<&str, Part>, bom: &[(&str, u32)]) -> u32 {
    bom.iter()
        .map(|(code, n)| catalogue.get(code).map_or(0, |p| p.in_stock / n))
        .min()
        .unwrap_or(0)
}

fn main() {
    let mut catalogue = BTreeMap::new();
    catalogue.insert("R-100", Part { name: "resistor 100R", unit_cost: 0.02, in_stock: 5000 });
    catalogue.insert("C-10u", Part { name: "capacitor 10uF", unit_cost: 0.08, in_stock: 1200 });
    catalogue.insert("U-555", Part { name: "timer IC", unit_cost: 0.45, in_stock: 140 });
    catalogue.insert("LED-R", Part { name: "red LED", unit_cost: 0.05, in_stock: 800 });
    catalogue.insert("PCB-1", Part { name: "blinker board", unit_cost: 1.20, in_stock: 60 });

    for (code, part) in &catalogue {
        println!("{:<6} {:<15} {:>6.2} {:>5}", code, part.name, part.unit_cost, part.in_stock);
    }
    let blinker = [("PCB-1", 1), ("U-555", 1), ("R-100", 3), ("C-10u", 2), ("LED-R", 2)];
    println!("blinker cost: {:.2}, can build {}", build_cost(&catalogue, &blinker), buildable(&catalogue, &blinker));

    let siren = [("PCB-1", 1), ("U-555", 2), ("R-100", 6), ("SPK-8", 1)];
    println!("siren can build {}", buildable(&catalogue, &siren));
    println!("siren cost: {:.2}", build_cost(&catalogue, &siren));
}
