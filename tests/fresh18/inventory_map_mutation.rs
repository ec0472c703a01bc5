// HashMap / BTreeMap mutation with get_mut, entry API and and_modify.
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Default)]
struct Item {
    qty: u32,
    price_cents: u64,
    history: Vec<i64>,
}

fn apply(inv: &mut HashMap<String, Item>, name: &str, delta: i64) -> Result<u32, String> {
    let item = inv.get_mut(name).ok_or_else(|| format!("no item {}", name))?;
    let new_qty = item.qty as i64 + delta;
    if new_qty < 0 {
        return Err(format!("{} would go negative ({})", name, new_qty));
    }
    item.qty = new_qty as u32;
    item.history.push(delta);
    Ok(item.qty)
}

fn restock<'m>(inv: &'m mut HashMap<String, Item>, name: &str, price: u64) -> &'m mut Item {
    let e = inv.entry(name.to_string()).or_insert_with(|| Item { price_cents: price, ..Default::default() });
    e.qty += 10;
    e
}

fn main() {
    let mut inv: HashMap<String, Item> = HashMap::new();
    for (name, price) in [("bolt", 15u64), ("nut", 5), ("gear", 250)] {
        inv.insert(name.to_string(), Item { qty: 3, price_cents: price, history: vec![] });
    }

    let ops = [("bolt", -2), ("nut", 7), ("gear", -4), ("cog", 1), ("bolt", -1)];
    for (name, d) in ops {
        match apply(&mut inv, name, d) {
            Ok(q) => println!("{:>5} {:+} -> {}", name, d, q),
            Err(e) => println!("error: {}", e),
        }
    }

    let cog = restock(&mut inv, "cog", 75);
    cog.history.push(10);
    cog.price_cents += 5;
    let gear = restock(&mut inv, "gear", 999);
    gear.history.push(10);

    let mut names: Vec<&String> = inv.keys().collect();
    names.sort();
    for n in &names {
        let it = &inv[*n];
        println!("{:<5} qty={:>2} price={:>3} hist={:?}", n, it.qty, it.price_cents, it.history);
    }

    // BTreeMap of category -> total value, built with entry().and_modify().or_insert()
    let mut by_cat: BTreeMap<char, u64> = BTreeMap::new();
    for (name, it) in &inv {
        let cat = name.chars().next().unwrap();
        let value = it.qty as u64 * it.price_cents;
        by_cat.entry(cat).and_modify(|v| *v += value).or_insert(value);
    }
    println!("by category: {:?}", by_cat);

    if let Some(v) = by_cat.get_mut(&'g') {
        *v /= 2;
    }
    if let Some((k, v)) = by_cat.iter_mut().next_back() {
        *v += 1;
        println!("last cat {} bumped", k);
    }
    let (first_k, first_v) = by_cat.first_key_value().unwrap();
    println!("first {}={} all={:?}", first_k, first_v, by_cat);

    let mut counts: HashMap<usize, Vec<&str>> = HashMap::new();
    for n in inv.keys() {
        counts.entry(n.len()).or_default().push(n.as_str());
    }
    let mut sorted: Vec<(usize, Vec<&str>)> = counts.into_iter().collect();
    sorted.sort();
    for (len, mut ns) in sorted {
        ns.sort_unstable();
        println!("len {} -> {:?}", len, ns);
    }
}
