use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Sale {
    region: &'static str,
    month: u32,
    units: u32,
    unit_price: f64,
}

fn main() {
    let raw = [
        ("north", 1, 10, 2.5), ("south", 1, 4, 3.0), ("north", 2, 12, 2.5), ("east", 2, 7, 4.25),
        ("south", 3, 0, 3.0), ("north", 3, 15, 2.4), ("east", 3, 9, 4.0), ("south", 4, 11, 3.1),
        ("north", 4, 8, 2.6), ("east", 4, 2, 4.5), ("west", 5, 20, 1.75), ("north", 5, 14, 2.5),
    ];
    let sales: Vec<Sale> = raw.iter().map(|&(region, month, units, unit_price)| Sale { region, month, units, unit_price }).collect();

    let by_region = sales.iter().fold(BTreeMap::new(), |mut acc: BTreeMap<&str, (u32, f64)>, s| {
        let e = acc.entry(s.region).or_insert((0, 0.0));
        e.0 += s.units;
        e.1 += s.units as f64 * s.unit_price;
        acc
    });
    for (r, (u, rev)) in &by_region {
        println!("{:<6}|{:>4} units|{:>8.2}", r, u, rev);
    }

    let best = by_region.iter().max_by(|a, b| a.1.1.partial_cmp(&b.1.1).unwrap()).map(|(r, _)| *r);
    let cheapest = sales.iter().min_by(|a, b| a.unit_price.total_cmp(&b.unit_price)).unwrap();
    println!("best region: {:?}, cheapest: {} m{} @ {}", best, cheapest.region, cheapest.month, cheapest.unit_price);

    let north: Vec<u32> = sales.iter().filter(|s| s.region == "north").map(|s| s.units).collect();
    let deltas: Vec<i64> = north.windows(2).map(|w| w[1] as i64 - w[0] as i64).collect();
    println!("north units {:?} deltas {:?}", north, deltas);
    let running: Vec<u32> = north.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("running total {:?}", running);

    let (big, small): (Vec<&Sale>, Vec<&Sale>) = sales.iter().partition(|s| s.units >= 10);
    println!("big={} small={}", big.len(), small.len());
    let (months, units): (Vec<u32>, Vec<u32>) = big.iter().map(|s| (s.month, s.units)).unzip();
    println!("months {:?} units {:?}", months, units);

    let lead: Vec<_> = sales.iter().take_while(|s| s.month < 3).map(|s| s.region).collect();
    let tail: Vec<_> = sales.iter().skip_while(|s| s.month < 4).map(|s| s.units).collect();
    println!("early {:?} late {:?}", lead, tail);

    for (i, chunk) in sales.chunks(5).enumerate() {
        let total: f64 = chunk.iter().map(|s| s.unit_price).sum();
        println!("chunk {} avg price {:.3}", i, total / chunk.len() as f64);
    }

    let letters: String = by_region.keys().flat_map(|r| r.chars().take(2)).collect();
    println!("letters {}", letters);
    let every_third: Vec<u32> = sales.iter().rev().step_by(3).map(|s| s.month).collect();
    println!("every third from end: {:?}", every_third);
    let prod: u64 = sales.iter().map(|s| s.units as u64).filter(|&u| u > 0 && u < 10).product();
    println!("product of small non-zero {}", prod);
    let top = sales.iter().max_by_key(|s| s.units).unwrap();
    println!("max units: {} in {}", top.units, top.region);

    let mut it = sales.iter().map(|s| s.month).peekable();
    let mut groups = Vec::new();
    while let Some(m) = it.next() {
        let mut n = 1;
        while it.next_if_eq(&m).is_some() { n += 1; }
        groups.push(format!("m{m}x{n}"));
    }
    println!("{}", groups.join(","));
    let zipped: Vec<String> = north.iter().zip(running.iter()).zip(1..).map(|((a, b), i)| format!("{i}:{a}/{b}")).collect();
    println!("{zipped:?}");
    println!("any zero: {}, all priced: {}, pos of east: {:?}", sales.iter().any(|s| s.units == 0), sales.iter().all(|s| s.unit_price > 1.0), sales.iter().position(|s| s.region == "east"));
}
